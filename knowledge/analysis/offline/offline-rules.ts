import type { MessageKey, MessageVars } from '../../../i18n/translate.js';
import { isNewYorkCity } from '../../../tickets/deadlines/is-new-york-city.js';
import type { Jurisdiction, OffenceCategory, Ticket } from '../../../tickets/ticket-schema.js';

/**
 * The offline analyser's rules, explicit and documented (knowledge/analysis/
 * README.md). Each rule that applies moves the score by its weight and must
 * be grounded: its `source` query is run through the same retrieval as the
 * model's, restricted to the case's jurisdiction, and the factor cites the
 * chunk found (a preferred document when retrieval returns it). A rule whose
 * source retrieval cannot find is dropped rather than cited from memory.
 */
export interface RuleContext {
  ticket: Ticket;
  /** YYYY-MM-DD in the case's time zone. */
  today: string;
  respondBy: string | null;
  /** Fields the driver confirmed as absent from the ticket. */
  missingFields: string[];
}

export interface RuleFinding {
  effect: '+' | '-';
  weight: number;
  vars?: MessageVars;
}

export interface OfflineRule {
  id: string;
  labelKey: MessageKey;
  explanationKey: MessageKey;
  applies(context: RuleContext): RuleFinding | null;
  source(context: RuleContext): RuleSource;
}

export interface RuleSource {
  query: string;
  categories: OffenceCategory[];
  /** Cite a chunk of a document whose id matches, when retrieval returns one. */
  preferDocumentsMatching?: RegExp;
  /** The rule rests on that document (a decision): without it, the rule is dropped. */
  requirePreferred?: boolean;
}

export const BASE_SCORE = 50;
/** Never near certainty either way: the lawyer decides, the bot does not promise. */
export const SCORE_BOUNDS = { min: 5, max: 95 } as const;

const SMALL_MARGIN = { 'km/h': 15, mph: 10 } as const;
const LARGE_MARGIN = { 'km/h': 40, mph: 31 } as const;
/** R. v. Jordan's ceiling for cases tried in provincial courts. */
const JORDAN_CEILING_MONTHS = 18;
const DELAY_WATCH_MONTHS = 12;
const CANADA: readonly Jurisdiction[] = ['QC', 'ON'];
/** Offences where "I took every reasonable care" is a plausible story. */
const DUE_DILIGENCE_CATEGORIES: readonly OffenceCategory[] = ['failure_to_yield', 'seatbelt', 'stop_sign', 'red_light'];

export const OFFLINE_RULES: readonly OfflineRule[] = [
  {
    id: 'burden_of_proof',
    labelKey: 'analysis.factor.burdenOfProof.label',
    explanationKey: 'analysis.factor.burdenOfProof.explanation',
    // Vars (offence, law) are filled by the analyser, which knows the language.
    applies: () => ({ effect: '+', weight: 3 }),
    source: ({ ticket }) => ({ query: `${ticket.statute} ${ticket.section} ${ticket.offenceCategory.replace(/_/g, ' ')}`, categories: [ticket.offenceCategory] }),
  },
  {
    id: 'deadline_passed',
    labelKey: 'analysis.factor.deadlinePassed.label',
    explanationKey: 'analysis.factor.deadlinePassed.explanation',
    applies: ({ respondBy, today }) => (respondBy && respondBy < today ? { effect: '-', weight: 20, vars: { date: respondBy } } : null),
    source: ({ ticket }) => ({
      query: 'deadline to answer the ticket plea default judgment failure to respond délai plaidoyer jugement par défaut',
      categories: [ticket.offenceCategory],
    }),
  },
  {
    id: 'missing_details',
    labelKey: 'analysis.factor.missingDetails.label',
    explanationKey: 'analysis.factor.missingDetails.explanation',
    applies: ({ missingFields }) => (missingFields.length > 0 ? { effect: '+', weight: 5 } : null),
    source: ({ ticket }) => ({
      query: 'content of the ticket required information defect amendment constat d infraction mentions',
      categories: [ticket.offenceCategory],
    }),
  },
  {
    id: 'camera_owner_liability',
    labelKey: 'analysis.factor.camera.label',
    explanationKey: 'analysis.factor.camera.explanation',
    applies: ({ ticket }) => (ticket.offenceCategory === 'camera' ? { effect: '-', weight: 10 } : null),
    source: () => ({ query: 'camera photo radar owner liability registered owner propriétaire', categories: ['camera'] }),
  },
  {
    id: 'small_speed_margin',
    labelKey: 'analysis.factor.smallSpeedMargin.label',
    explanationKey: 'analysis.factor.smallSpeedMargin.explanation',
    applies: ({ ticket }) => {
      const over = speedOver(ticket);
      if (over === null || !ticket.speed || over > SMALL_MARGIN[ticket.speed.unit]) return null;
      return { effect: '+', weight: 8, vars: { recorded: ticket.speed.recorded, limit: ticket.speed.limit, unit: ticket.speed.unit, over } };
    },
    source: ({ ticket }) => ({ query: 'speed measuring device radar laser accuracy calibration testing', categories: [ticket.offenceCategory] }),
  },
  {
    id: 'large_speed_margin',
    labelKey: 'analysis.factor.largeSpeedMargin.label',
    explanationKey: 'analysis.factor.largeSpeedMargin.explanation',
    applies: ({ ticket }) => {
      const over = speedOver(ticket);
      if (over === null || !ticket.speed || over < LARGE_MARGIN[ticket.speed.unit]) return null;
      return { effect: '-', weight: 10, vars: { over, unit: ticket.speed.unit } };
    },
    source: ({ ticket }) => ({ query: 'speed limit excessive speed demerit points speeding', categories: [ticket.offenceCategory] }),
  },
  {
    id: 'device_disclosure',
    labelKey: 'analysis.factor.deviceDisclosure.label',
    explanationKey: 'analysis.factor.deviceDisclosure.explanation',
    applies: ({ ticket }) =>
      CANADA.includes(ticket.jurisdiction) && ['speeding', 'red_light'].includes(ticket.offenceCategory) ? { effect: '+', weight: 6 } : null,
    source: ({ ticket }) => ({
      query: 'disclosure of evidence speed measuring device testing records officer notes divulgation de la preuve',
      categories: [ticket.offenceCategory],
      preferDocumentsMatching: /mcguigan|stinchcombe|disclosure|divulgation/,
    }),
  },
  // R. v. Jordan: stayed for delay past the ceiling; watched from a year on.
  delayRule({ id: 'delay_ceiling', messages: 'delayCeiling', weight: 25, fromMonths: JORDAN_CEILING_MONTHS, toMonths: Infinity }),
  delayRule({ id: 'delay_building', messages: 'delayBuilding', weight: 6, fromMonths: DELAY_WATCH_MONTHS, toMonths: JORDAN_CEILING_MONTHS }),
  {
    id: 'handheld_broad',
    labelKey: 'analysis.factor.handheldBroad.label',
    explanationKey: 'analysis.factor.handheldBroad.explanation',
    applies: ({ ticket }) => (ticket.offenceCategory === 'handheld_device' ? { effect: '-', weight: ticket.jurisdiction === 'ON' ? 10 : 8 } : null),
    source: () => ({
      query: 'holding a handheld phone while driving momentarily stopped in traffic cellulaire appareil portatif',
      categories: ['handheld_device'],
      preferDocumentsMatching: /kazemi|pizzurro|handheld|1225|443/,
    }),
  },
  {
    id: 'supporting_deposition',
    labelKey: 'analysis.factor.supportingDeposition.label',
    explanationKey: 'analysis.factor.supportingDeposition.explanation',
    applies: ({ ticket }) => (ticket.jurisdiction === 'NY' && !isNewYorkCity(ticket) ? { effect: '+', weight: 10 } : null),
    source: ({ ticket }) => ({
      query: 'supporting deposition simplified traffic information request dismissed facially insufficient',
      categories: [ticket.offenceCategory],
      preferDocumentsMatching: /carson|100-25|supporting/,
      requirePreferred: true,
    }),
  },
  {
    id: 'officer_estimate',
    labelKey: 'analysis.factor.officerEstimate.label',
    explanationKey: 'analysis.factor.officerEstimate.explanation',
    applies: ({ ticket }) => {
      const over = speedOver(ticket);
      if (ticket.jurisdiction !== 'NY' || over === null || !ticket.speed || over > SMALL_MARGIN[ticket.speed.unit]) return null;
      return { effect: '+', weight: 5, vars: { over, unit: ticket.speed.unit } };
    },
    source: () => ({
      query: 'officer visual estimate of speed variance trained officer opinion',
      categories: ['speeding'],
      preferDocumentsMatching: /olsen/,
      requirePreferred: true,
    }),
  },
  {
    id: 'due_diligence',
    labelKey: 'analysis.factor.dueDiligence.label',
    explanationKey: 'analysis.factor.dueDiligence.explanation',
    applies: ({ ticket }) =>
      CANADA.includes(ticket.jurisdiction) && DUE_DILIGENCE_CATEGORIES.includes(ticket.offenceCategory) ? { effect: '+', weight: 4 } : null,
    source: ({ ticket }) => ({
      query: 'strict liability due diligence reasonable care defence regulatory offence diligence raisonnable',
      categories: [ticket.offenceCategory],
      preferDocumentsMatching: /sault|tetreault|diligence/,
    }),
  },
];

/** A Canadian ticket between fromMonths (included) and toMonths (excluded) old, grounded in Jordan or dropped. */
function delayRule({ id, messages, weight, fromMonths, toMonths }: { id: string; messages: 'delayCeiling' | 'delayBuilding'; weight: number; fromMonths: number; toMonths: number }): OfflineRule {
  return {
    id,
    labelKey: `analysis.factor.${messages}.label`,
    explanationKey: `analysis.factor.${messages}.explanation`,
    applies: ({ ticket, today }) => {
      const months = monthsSince(ticket.issuedOn, today);
      return CANADA.includes(ticket.jurisdiction) && months !== null && months >= fromMonths && months < toMonths
        ? { effect: '+', weight, vars: { months } }
        : null;
    },
    source: ({ ticket }) => ({
      query: 'unreasonable delay trial within a reasonable time Jordan 18 months Charter 11(b) délai déraisonnable',
      categories: [ticket.offenceCategory],
      preferDocumentsMatching: /jordan/,
      requirePreferred: true,
    }),
  };
}

function speedOver(ticket: Ticket): number | null {
  if (ticket.offenceCategory !== 'speeding' || !ticket.speed) return null;
  const over = Math.round(ticket.speed.recorded - ticket.speed.limit);
  return over > 0 ? over : null;
}

/** Whole months from the ticket's date to today (calendar dates, no time zone arithmetic needed). */
export function monthsSince(issuedOn: string | null, today: string): number | null {
  if (!issuedOn) return null;
  const [y1, m1, d1] = issuedOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return months >= 0 ? months : null;
}
