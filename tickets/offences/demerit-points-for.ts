import type { Jurisdiction, OffenceCategory, Speed } from '../ticket-schema.js';
import { DEMERIT_SCHEDULE, type DemeritRow } from './demerit-schedule.js';
import { sectionMatches } from './section-matches.js';

export interface DemeritPointsForOptions {
  jurisdiction: Jurisdiction;
  category: OffenceCategory;
  section: string | null;
  speed: Speed | null;
}

const KM_PER_MILE = 1.609344;

function inUnit(value: number, from: Speed['unit'], to: Speed['unit']): number {
  if (from === to) return value;
  return from === 'mph' ? value * KM_PER_MILE : value / KM_PER_MILE;
}

function rowFor({ jurisdiction, category, section }: DemeritPointsForOptions): DemeritRow | undefined {
  const rows = DEMERIT_SCHEDULE.filter((r) => r.jurisdiction === jurisdiction && r.category === category);
  const bySection = section
    ? rows.find((r) => r.sections?.some((known) => ['same', 'narrower'].includes(sectionMatches(section, known) ?? '')))
    : undefined;
  return bySection ?? rows.find((r) => !r.sections);
}

/**
 * The demerit points a conviction would record for a fully licensed driver,
 * from the schedule (demerit-schedule.ts). Null when unknown: an `other`
 * offence, speeding without both speeds, or a row with no fixed number.
 */
export function demeritPointsFor(options: DemeritPointsForOptions): number | null {
  const row = rowFor(options);
  if (!row) return null;
  if (row.rule.kind === 'fixed') return row.rule.points;

  const { speed } = options;
  if (!speed) return null;
  const { unit, zones } = row.rule;
  const limit = inUnit(speed.limit, speed.unit, unit);
  // The tables count whole km/h or mph; a converted speed is rounded to one.
  const excess = Math.round(inUnit(speed.recorded, speed.unit, unit) - limit);
  // At or under the limit the numbers describe no speeding: nothing to look up.
  if (excess <= 0) return null;
  const zone = zones.find((z) => limit <= z.maxLimit) ?? zones[zones.length - 1];
  const band = [...zone.bands].reverse().find((b) => excess >= b.from);
  return band ? band.points : null;
}
