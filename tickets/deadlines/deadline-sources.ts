import type { Source } from '../offences/offence-catalog.js';

export type DeadlineBasis =
  | 'qc_30_days_to_plead'
  | 'on_15_days_to_choose'
  | 'nyc_tvb_15_days'
  | 'ny_court_date'
  | 'printed_date'
  | 'unknown';

/** The rule behind each basis; a printed date or no date rests on the ticket itself. */
export const DEADLINE_SOURCES: Record<DeadlineBasis, Source | null> = {
  qc_30_days_to_plead: {
    title: 'Code de procédure pénale, RLRQ c. C-25.1, art. 160: plaidoyer dans les 30 jours de la signification du constat',
    url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-25.1',
  },
  on_15_days_to_choose: {
    title: 'Provincial Offences Act, R.S.O. 1990, c. P.33, ss. 5–9 (s. 9(1)(a): 15 days after service of the offence notice)',
    url: 'https://www.ontario.ca/laws/statute/90p33',
  },
  nyc_tvb_15_days: {
    title: 'NYS DMV, Traffic Violations Bureau: answer within 15 days of the violation date',
    url: 'https://dmv.ny.gov/brochure/traffic-violations-bureau',
  },
  ny_court_date: {
    title: 'NYS DMV: the TVB hears only the five boroughs; elsewhere the local court on the ticket sets the date',
    url: 'https://dmv.ny.gov/tickets/how-plead-or-pay-nyc-tvb-traffic-tickets',
  },
  printed_date: null,
  unknown: null,
};
