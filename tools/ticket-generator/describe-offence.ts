import { OFFENCE_CATALOG } from '../../tickets/offences/offence-catalog.js';
import { sectionMatches } from '../../tickets/offences/section-matches.js';
import { OFFENCE_CATEGORIES, type Jurisdiction, type OffenceCategory, type Speed } from '../../tickets/ticket-schema.js';
import type { Prng } from './create-prng.js';

export type GeneratedCategory = Exclude<OffenceCategory, 'other'>;
/** Every category but `other`, in the schema's order (the generator's picks depend on it). */
export const GENERATED_CATEGORIES: readonly GeneratedCategory[] = OFFENCE_CATEGORIES.filter((c): c is GeneratedCategory => c !== 'other');

export interface Offence {
  category: GeneratedCategory;
  statute: 'CSR' | 'HTA' | 'VTL';
  /** Normalised, e.g. "1180(d)". */
  section: string;
  /** As this form prints it, e.g. "1180D" or "1180(d)". */
  printedSection: string;
  /** The offence wording as the form prints it (short-form wording in ON). */
  wording: string;
  /** A second line: the speeds, or a device statement. */
  detail: string | null;
  speed: Speed | null;
  /** The fine before fees (QC amende, ON set fine, NY camera penalty); null when not printed. */
  fineCents: number | null;
  camera: 'speed' | 'red_light' | null;
  /** NY: misdemeanours need an appearance before a criminal court. */
  misdemeanour: boolean;
}

/**
 * Picks an offence of a category for a jurisdiction: the section to print, its
 * wording and the fine. Fines follow the published schedules where they are
 * formulas (QC CSR art. 516 for speed, ON set fines per km/h over) and
 * plausible minimum fines otherwise; see README.md.
 */
export function describeOffence({
  prng,
  jurisdiction,
  category,
  road = 'urban',
}: {
  prng: Prng;
  jurisdiction: Jurisdiction;
  category: GeneratedCategory;
  /** Speed limits depend on the road: city streets or a highway (autoroute, 400-series, interstate). */
  road?: 'urban' | 'highway';
}): Offence {
  const highway = road === 'highway';
  const offence =
    jurisdiction === 'QC'
      ? describeQuebecOffence(prng, category, highway)
      : jurisdiction === 'ON'
        ? describeOntarioOffence(prng, category, highway)
        : describeNewYorkOffence(prng, category, highway);
  assertCatalogAgrees(jurisdiction, offence);
  return offence;
}

/**
 * The generator prints what tickets/offences/offence-catalog.ts knows: the
 * section must be a catalogued one or more precise. A camera ticket is
 * charged under the rule broken, so it may match the speeding or red-light
 * entry instead of the camera one. Where the catalogue lists no section at
 * all (Quebec yielding and camera articles, unverified), the generator's
 * choice stands.
 */
function assertCatalogAgrees(jurisdiction: Jurisdiction, offence: Offence): void {
  const categories = offence.category === 'camera' ? ['camera', offence.camera === 'speed' ? 'speeding' : 'red_light'] : [offence.category];
  const entries = OFFENCE_CATALOG.filter((entry) => entry.jurisdiction === jurisdiction && categories.includes(entry.category));
  const known = entries.flatMap((entry) => entry.sections);
  if (known.length === 0) return;
  const agrees = known.some((section) => {
    const match = sectionMatches(offence.section, section);
    return match === 'same' || match === 'narrower';
  });
  if (!agrees) {
    throw new Error(`generator prints ${jurisdiction} ${offence.category} section ${offence.section}, not in the offence catalogue (${known.join(', ')})`);
  }
}

const base = { speed: null, detail: null, camera: null, misdemeanour: false } as const;

/** A charge under a Canadian statute as printed: the section, the wording, the fine in dollars. */
const canadianCharge =
  (statute: 'CSR' | 'HTA', category: GeneratedCategory) =>
  (section: string, wording: string, fineDollars: number): Offence => ({
    ...base,
    category,
    statute,
    section,
    printedSection: section,
    wording,
    fineCents: fineDollars * 100,
  });

function describeQuebecOffence(prng: Prng, category: GeneratedCategory, highway: boolean): Offence {
  const qc = canadianCharge('CSR', category);
  switch (category) {
    case 'speeding':
    case 'camera': {
      if (category === 'camera' && prng.chance(0.3)) {
        return {
          ...qc('359', "Omettre d'immobiliser son véhicule à un feu rouge", 100),
          detail: 'Constaté au moyen d’un appareil de surveillance photographique aux feux rouges',
          camera: 'red_light',
        };
      }
      const limit = highway ? prng.pick([90, 100, 100]) : prng.pick([30, 40, 50, 50, 50, 70]);
      const over = prng.int(category === 'camera' ? 11 : 12, limit >= 90 ? 44 : 38);
      const speed = { recorded: limit + over, limit, unit: 'km/h' } as const;
      const section = limit === 100 || prng.chance(0.35) ? '328' : '299';
      const wording =
        section === '328'
          ? `Excès de vitesse dans une zone de ${limit} km/h`
          : 'Excès de vitesse — vitesse supérieure à la limite indiquée';
      return {
        ...qc(section, wording, quebecSpeedingFine(over)),
        speed,
        detail:
          category === 'camera'
            ? `Vitesse captée par un cinémomètre photographique : ${speed.recorded} km/h — Limite ${limit} km/h`
            : `Vitesse captée ${speed.recorded} km/h — Limite ${limit} km/h`,
        camera: category === 'camera' ? 'speed' : null,
      };
    }
    case 'red_light':
      return qc('359', "Omettre d'immobiliser son véhicule à un feu rouge", 100);
    case 'stop_sign':
      return qc('368', "Omettre d'effectuer l'arrêt obligatoire à un panneau d'arrêt", 100);
    case 'handheld_device':
      return qc('443.1', "Faire usage d'un appareil tenu en main muni d'une fonction téléphonique", 300);
    case 'seatbelt':
      return qc('396', 'Ne pas porter correctement la ceinture de sécurité', 200);
    case 'careless_driving':
      return qc('327', 'Action ou vitesse susceptible de mettre en péril la vie ou la sécurité des personnes', 1000);
    case 'failure_to_yield':
      return qc('404', 'Omettre de céder le passage à un véhicule ou à un piéton', 100);
  }
}

/** CSR art. 516: 30 $ plus an amount per full 5 km/h over, by bracket. */
function quebecSpeedingFine(over: number): number {
  const perStep = over <= 20 ? 10 : over <= 30 ? 15 : over <= 45 ? 20 : over <= 60 ? 25 : 30;
  return 30 + perStep * Math.floor(over / 5);
}

function describeOntarioOffence(prng: Prng, category: GeneratedCategory, highway: boolean): Offence {
  const on = canadianCharge('HTA', category);
  switch (category) {
    case 'speeding':
    case 'camera': {
      if (category === 'camera' && prng.chance(0.4)) {
        return { ...on('144(18.1)', 'RED LIGHT — VEHICLE OWNER — FAIL TO STOP', 260), camera: 'red_light' };
      }
      // Automated speed enforcement works in community safety and school zones.
      const limit = category === 'camera' ? prng.pick([40, 50, 60]) : highway ? prng.pick([80, 90, 100, 100]) : prng.pick([40, 50, 50, 60, 70, 80]);
      const over = prng.int(10, 49);
      const speed = { recorded: limit + over, limit, unit: 'km/h' } as const;
      return {
        ...on('128', 'SPEEDING', ontarioSpeedingFineCents(over) / 100),
        speed,
        detail: `${speed.recorded} km/h in a ${limit} km/h zone`,
        camera: category === 'camera' ? 'speed' : null,
      };
    }
    case 'red_light':
      return on('144(18)', 'FAIL TO STOP AT RED LIGHT', 260);
    case 'stop_sign':
      return on('136(1)(a)', 'DISOBEY STOP SIGN — FAIL TO STOP', 85);
    case 'handheld_device':
      return on('78.1(1)', 'DRIVE — HAND-HELD COMMUNICATION DEVICE', 500);
    case 'seatbelt':
      return on('106(2)', 'DRIVER — FAIL TO WEAR COMPLETE SEAT BELT ASSEMBLY', 200);
    case 'careless_driving':
      return on('130', 'CARELESS DRIVING', 400);
    case 'failure_to_yield':
      return prng.chance(0.5)
        ? on('136(1)(b)', 'FAIL TO YIELD TO TRAFFIC ON THROUGH HIGHWAY', 85)
        : on('138(1)', 'FAIL TO YIELD — YIELD SIGN', 85);
  }
}

/** Ontario set fines per km/h over: 1–19 $2.50, 20–29 $3.75, 30–49 $6.00. */
function ontarioSpeedingFineCents(over: number): number {
  const perKm = over < 20 ? 250 : over < 30 ? 375 : 600;
  return perKm * over;
}

function describeNewYorkOffence(prng: Prng, category: GeneratedCategory, highway: boolean): Offence {
  const compact = prng.chance(0.5);
  const ny = (section: string, wording: string, compactForm?: string): Offence => ({
    ...base,
    category,
    statute: 'VTL',
    section,
    printedSection: compact && compactForm ? compactForm : section.toUpperCase(),
    wording,
    fineCents: null,
  });
  switch (category) {
    case 'speeding': {
      // 1180(b): over the 55 mph state limit; 1180(d): over a posted limit (65 on some interstates, city streets).
      const state = highway && prng.chance(0.6);
      const limit = state ? 55 : highway ? 65 : prng.pick([25, 25, 30, 30, 35, 40, 45]);
      const over = prng.int(11, 34);
      const speed = { recorded: limit + over, limit, unit: 'mph' } as const;
      const offence = state
        ? ny('1180(b)', 'SPEED OVER 55 ZONE', '1180B')
        : ny('1180(d)', 'SPEED IN ZONE', '1180D');
      return { ...offence, speed, detail: `${speed.recorded} MPH in a ${limit} MPH zone` };
    }
    case 'camera': {
      if (prng.chance(0.5)) {
        return { ...ny('1111-a', 'RED LIGHT CAMERA — OWNER LIABILITY'), fineCents: 5000, camera: 'red_light' };
      }
      const limit = prng.pick([20, 25, 25, 30]);
      const speed = { recorded: limit + prng.int(11, 30), limit, unit: 'mph' } as const;
      return {
        ...ny('1180-b', 'SCHOOL SPEED ZONE CAMERA — OWNER LIABILITY'),
        fineCents: 5000,
        speed,
        detail: `${speed.recorded} MPH in a ${limit} MPH zone`,
        camera: 'speed',
      };
    }
    case 'red_light':
      return ny('1111(d)', 'FAILED TO STOP AT RED LIGHT', '1111D');
    case 'stop_sign':
      return ny('1172(a)', 'FAILED TO STOP AT STOP SIGN', '1172A');
    case 'handheld_device':
      return prng.chance(0.5)
        ? ny('1225-c(2)(a)', 'OPERATING MV USING MOBILE TELEPHONE')
        : ny('1225-d', 'USE PORTABLE ELECTRONIC DEVICE WHILE OPERATING MV');
    case 'seatbelt':
      return ny('1229-c(3)', 'OPERATOR NOT RESTRAINED BY SAFETY BELT');
    case 'careless_driving':
      return { ...ny('1212', 'RECKLESS DRIVING'), misdemeanour: true };
    case 'failure_to_yield':
      return prng.pick([
        () => ny('1140', 'FAILED TO YIELD RIGHT OF WAY AT INTERSECTION'),
        () => ny('1141', 'FAILED TO YIELD RIGHT OF WAY ON LEFT TURN'),
        () => ny('1143', 'FAILED TO YIELD RIGHT OF WAY ENTERING ROADWAY'),
      ])();
  }
}
