import type { Jurisdiction } from '../ticket-schema.js';
import type { CatalogCategory, Source } from './offence-catalog.js';

/** Points for an excess from `from` (inclusive) up to the next band; null where the table has no fixed number. */
export interface ExcessBand {
  from: number;
  points: number | null;
}

export type DemeritRule =
  | { kind: 'fixed'; points: number | null }
  | {
      kind: 'by_excess';
      unit: 'km/h' | 'mph';
      /** Bands by the limit of the zone: the first zone whose `maxLimit` is not exceeded applies. */
      zones: ReadonlyArray<{ maxLimit: number; bands: readonly ExcessBand[] }>;
    };

export interface DemeritRow {
  jurisdiction: Jurisdiction;
  category: CatalogCategory;
  /** Only for these sections (same or more precise); rows without sections cover the category. */
  sections?: readonly string[];
  rule: DemeritRule;
  source: Source;
  note?: string;
}

const QC_POINTS: Source = {
  title: "Règlement sur les points d'inaptitude, RLRQ c. C-24.2, r. 37, annexe (table as published by the SAAQ)",
  url: 'https://www.legisquebec.gouv.qc.ca/en/document/cr/C-24.2,%20r.%2037',
};
const ON_POINTS: Source = {
  title: 'O. Reg. 339/94, Demerit Point System, Table (Highway Traffic Act)',
  url: 'https://www.ontario.ca/laws/regulation/940339',
};
const NY_POINTS: Source = {
  title: 'NYS driver violation point system (NY State Police, from the DMV schedule, 15 NYCRR 131.3)',
  url: 'http://www.troopers.ny.gov/Publications/Traffic_Safety/DriverViolation07-2002.cfm',
};
const NY_POINTS_2026: Source = {
  title: 'NYS DMV point values for violations from 2026-02-16 (DMV table reported by News 12)',
  url: 'https://longisland.news12.com/dmv-increases-point-values-for-serious-driving-violations',
};
const fixed = (points: number | null): DemeritRule => ({ kind: 'fixed', points });

/**
 * Quebec: the excessive-speed rows (40+ over in a 60 zone, 50+ in 61–90, 60+
 * in 100+) are already doubled. From 121 km/h over the table says "30 or
 * more": no fixed number, so null. Up to 10 over is not in the table: 0.
 */
const QC_SPEEDING: DemeritRule = {
  kind: 'by_excess',
  unit: 'km/h',
  zones: [
    {
      maxLimit: 60,
      bands: [
        { from: 0, points: 0 },
        { from: 11, points: 1 },
        { from: 21, points: 2 },
        { from: 31, points: 3 },
        { from: 40, points: 6 },
        { from: 46, points: 10 },
        { from: 61, points: 14 },
        { from: 81, points: 18 },
        { from: 101, points: 24 },
        { from: 121, points: null },
      ],
    },
    {
      maxLimit: 90,
      bands: [
        { from: 0, points: 0 },
        { from: 11, points: 1 },
        { from: 21, points: 2 },
        { from: 31, points: 3 },
        { from: 46, points: 5 },
        { from: 50, points: 10 },
        { from: 61, points: 14 },
        { from: 81, points: 18 },
        { from: 101, points: 24 },
        { from: 121, points: null },
      ],
    },
    {
      maxLimit: Number.POSITIVE_INFINITY,
      bands: [
        { from: 0, points: 0 },
        { from: 11, points: 1 },
        { from: 21, points: 2 },
        { from: 31, points: 3 },
        { from: 46, points: 5 },
        { from: 60, points: 10 },
        { from: 61, points: 14 },
        { from: 81, points: 18 },
        { from: 101, points: 24 },
        { from: 121, points: null },
      ],
    },
  ],
};

export const DEMERIT_SCHEDULE: readonly DemeritRow[] = [
  // Quebec
  { jurisdiction: 'QC', category: 'speeding', rule: QC_SPEEDING, source: QC_POINTS, note: 'Fines, not points, double in school and work zones.' },
  { jurisdiction: 'QC', category: 'red_light', rule: fixed(3), source: QC_POINTS },
  { jurisdiction: 'QC', category: 'stop_sign', rule: fixed(3), source: QC_POINTS },
  { jurisdiction: 'QC', category: 'handheld_device', rule: fixed(5), source: QC_POINTS, note: '5 since 2018-06-30 (was 4).' },
  { jurisdiction: 'QC', category: 'seatbelt', rule: fixed(3), source: QC_POINTS },
  { jurisdiction: 'QC', category: 'careless_driving', rule: fixed(4), source: QC_POINTS, note: '"Speeding or reckless driving" (s. 327).' },
  {
    jurisdiction: 'QC',
    category: 'failure_to_yield',
    rule: fixed(2),
    source: QC_POINTS,
    note: 'Failing to yield to pedestrians and cyclists at an intersection, or to oncoming traffic. Yielding to an emergency vehicle is 4.',
  },
  {
    jurisdiction: 'QC',
    category: 'camera',
    rule: fixed(0),
    source: {
      title: 'Code de la sécurité routière, art. 592.4',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-24.2?code=se:592_4&historique=20240325',
    },
    note: 'Unless the driver was stopped and served in person.',
  },

  // Ontario (fully licensed drivers)
  {
    jurisdiction: 'ON',
    category: 'speeding',
    rule: {
      kind: 'by_excess',
      unit: 'km/h',
      zones: [
        {
          maxLimit: Number.POSITIVE_INFINITY,
          bands: [
            { from: 0, points: 0 },
            { from: 16, points: 3 },
            { from: 30, points: 4 },
            { from: 50, points: 6 },
          ],
        },
      ],
    },
    source: ON_POINTS,
  },
  { jurisdiction: 'ON', category: 'red_light', rule: fixed(3), source: ON_POINTS },
  { jurisdiction: 'ON', category: 'stop_sign', rule: fixed(3), source: ON_POINTS },
  { jurisdiction: 'ON', category: 'handheld_device', rule: fixed(3), source: ON_POINTS, note: 'First conviction; 6 for a second within 5 years.' },
  { jurisdiction: 'ON', category: 'seatbelt', rule: fixed(2), source: ON_POINTS, note: 'Driver not wearing a seat belt.' },
  { jurisdiction: 'ON', category: 'careless_driving', rule: fixed(6), source: ON_POINTS },
  {
    jurisdiction: 'ON',
    category: 'failure_to_yield',
    sections: ['140', '144(7)'],
    rule: fixed(null),
    source: ON_POINTS,
    note: 'Pedestrian crossovers and crosswalks: public summaries disagree (3 or 4); not verified in the Table.',
  },
  { jurisdiction: 'ON', category: 'failure_to_yield', rule: fixed(3), source: ON_POINTS, note: 'Failing to yield the right-of-way.' },
  {
    jurisdiction: 'ON',
    category: 'camera',
    rule: fixed(0),
    source: { title: 'Highway Traffic Act, s. 207 (owner liability)', url: 'https://www.ontario.ca/laws/statute/90h08' },
  },

  // New York (violations from 2026-02-16: 24-month look-back, some values raised)
  { jurisdiction: 'NY', category: 'speeding', sections: ['1180(f)'], rule: fixed(8), source: NY_POINTS_2026, note: 'Work zone: 8 whatever the speed.' },
  {
    jurisdiction: 'NY',
    category: 'speeding',
    sections: ['1180(a)', '1180(e)'],
    rule: fixed(3),
    source: NY_POINTS,
    note: 'Speed not reasonable and prudent: not measured against a limit.',
  },
  {
    jurisdiction: 'NY',
    category: 'speeding',
    rule: {
      kind: 'by_excess',
      unit: 'mph',
      zones: [
        {
          maxLimit: Number.POSITIVE_INFINITY,
          bands: [
            { from: 1, points: 3 },
            { from: 11, points: 4 },
            { from: 21, points: 6 },
            { from: 31, points: 8 },
            { from: 41, points: 11 },
          ],
        },
      ],
    },
    source: NY_POINTS,
  },
  { jurisdiction: 'NY', category: 'red_light', rule: fixed(3), source: NY_POINTS },
  { jurisdiction: 'NY', category: 'stop_sign', rule: fixed(3), source: NY_POINTS },
  { jurisdiction: 'NY', category: 'handheld_device', rule: fixed(5), source: NY_POINTS, note: 'Unchanged in 2026 (reports of 6 used a proposal that was not adopted).' },
  {
    jurisdiction: 'NY',
    category: 'seatbelt',
    rule: fixed(0),
    source: NY_POINTS,
    note: 'Adult driver. A passenger under 16 not restrained: 3.',
  },
  {
    jurisdiction: 'NY',
    category: 'careless_driving',
    rule: fixed(5),
    source: NY_POINTS_2026,
    note: 'Reckless driving (1212): 5. Failure to exercise due care (1146): 5 from 2026-02-16 (was 2).',
  },
  { jurisdiction: 'NY', category: 'failure_to_yield', rule: fixed(3), source: NY_POINTS },
  {
    jurisdiction: 'NY',
    category: 'camera',
    rule: fixed(0),
    source: { title: 'NYC 311: red light camera violations carry no points', url: 'https://portal.311.nyc.gov/article/?kanumber=KA-02326' },
  },
];
