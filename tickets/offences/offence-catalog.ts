import type { Language } from '../../i18n/languages.js';
import type { Jurisdiction, OffenceCategory } from '../ticket-schema.js';
import type { StatuteCode } from './statutes.js';

export interface Source {
  title: string;
  url: string;
}

export type CatalogCategory = Exclude<OffenceCategory, 'other'>;

export interface OffenceEntry {
  jurisdiction: Jurisdiction;
  category: CatalogCategory;
  statute: StatuteCode;
  /**
   * Sections as commonly printed, normalised ("1180(d)", "136(1)(a)", "1225-c").
   * A ticket's section matches when equal or more precise. Empty when no
   * number could be verified (see SOURCES.md): never a guess.
   */
  sections: readonly string[];
  /** The section to record when only words are known; null when no single section is "the" charge. */
  defaultSection: string | null;
  /** Plain words for drivers. */
  title: Record<Language, string>;
  source: Source;
  note?: string;
}

const CSR: Source = {
  title: 'Code de la sécurité routière, RLRQ c. C-24.2 (LégisQuébec)',
  url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2',
};
const HTA: Source = {
  title: 'Highway Traffic Act, R.S.O. 1990, c. H.8 (Ontario e-Laws)',
  url: 'https://www.ontario.ca/laws/statute/90h08',
};
const vtl = (section: string): Source => ({
  title: `New York Vehicle and Traffic Law § ${section} (NY Senate Open Legislation)`,
  url: `https://www.nysenate.gov/legislation/laws/VAT/${section.toUpperCase()}`,
});

const TITLES: Record<CatalogCategory, Record<Language, string>> = {
  speeding: { en: 'Speeding', fr: 'Excès de vitesse', es: 'Exceso de velocidad' },
  red_light: { en: 'Running a red light', fr: 'Passer au feu rouge', es: 'Pasarse un semáforo en rojo' },
  stop_sign: { en: 'Not stopping at a stop sign', fr: "Ne pas faire l'arrêt obligatoire", es: 'No detenerse en la señal de alto' },
  handheld_device: {
    en: 'Using a phone or handheld device while driving',
    fr: 'Cellulaire ou appareil portatif au volant',
    es: 'Usar el teléfono u otro dispositivo al conducir',
  },
  seatbelt: { en: 'Not wearing a seatbelt', fr: 'Ne pas porter la ceinture de sécurité', es: 'No usar el cinturón de seguridad' },
  careless_driving: { en: 'Careless driving', fr: 'Conduite imprudente', es: 'Conducción imprudente' },
  failure_to_yield: { en: 'Failure to yield', fr: 'Ne pas céder le passage', es: 'No ceder el paso' },
  camera: {
    en: 'Speed or red-light camera ticket',
    fr: 'Radar photo ou caméra de feu rouge',
    es: 'Multa de radar o cámara de semáforo',
  },
};

/** One entry per jurisdiction and category; sources checked as listed in SOURCES.md. */
export const OFFENCE_CATALOG: readonly OffenceEntry[] = [
  // Quebec — Code de la sécurité routière
  {
    jurisdiction: 'QC',
    category: 'speeding',
    statute: 'CSR',
    // r. 1.001 (in force 2024-07-01, after 2024 c. 10) lists these as the speed limits a detection system may enforce.
    sections: ['299', '303.2', '328', '329'],
    // 328 sets the statutory limits (50 km/h in a built-up area, 90, 100 on autoroutes) and is the article
    // courts cite for ordinary speeding (e.g. 79 km/h in a 50 zone, Papaioannou c. Laval, 2016 QCCM 240).
    defaultSection: '328',
    title: TITLES.speeding,
    source: {
      title: "Règlement d'application de diverses dispositions concernant les systèmes de détection, RLRQ c. C-24.2, r. 1.001, art. 1",
      url: 'https://legisquebec.gouv.qc.ca/en/document/cr/C-24.2,%20r.%201.001?langCont=fr',
    },
  },
  {
    jurisdiction: 'QC',
    category: 'red_light',
    statute: 'CSR',
    sections: ['359'],
    defaultSection: '359',
    title: TITLES.red_light,
    source: { title: 'Highway Safety Code, s. 359 (LégisQuébec)', url: 'https://legisquebec.gouv.qc.ca/en/version/cs/c-24.2?code=se:359&history=20240520' },
  },
  {
    jurisdiction: 'QC',
    category: 'stop_sign',
    statute: 'CSR',
    sections: ['368'],
    defaultSection: '368',
    title: TITLES.stop_sign,
    source: CSR,
  },
  {
    jurisdiction: 'QC',
    category: 'handheld_device',
    statute: 'CSR',
    sections: ['443.1'],
    defaultSection: '443.1',
    title: TITLES.handheld_device,
    source: {
      title: 'Code de la sécurité routière, art. 443.1 (LégisQuébec)',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-24.2?code=se:443_1&historique=20240325',
    },
  },
  {
    jurisdiction: 'QC',
    category: 'seatbelt',
    statute: 'CSR',
    sections: ['396'],
    defaultSection: '396',
    title: TITLES.seatbelt,
    source: { title: 'Highway Safety Code, s. 396 (LégisQuébec)', url: 'https://legisquebec.gouv.qc.ca/en/version/cs/c-24.2?code=se:396&history=20241115' },
  },
  {
    jurisdiction: 'QC',
    category: 'careless_driving',
    statute: 'CSR',
    sections: ['327'],
    defaultSection: '327',
    title: { en: 'Speed or action endangering others', fr: 'Vitesse ou action mettant en péril la sécurité', es: 'Velocidad o maniobra peligrosa' },
    source: CSR,
  },
  {
    jurisdiction: 'QC',
    category: 'failure_to_yield',
    statute: 'CSR',
    sections: [],
    defaultSection: null,
    title: TITLES.failure_to_yield,
    source: CSR,
    note: 'Yielding articles not verified against the current Code; left out.',
  },
  {
    jurisdiction: 'QC',
    category: 'camera',
    statute: 'CSR',
    sections: [],
    defaultSection: null,
    title: TITLES.camera,
    source: {
      title: 'Code de la sécurité routière, art. 592.4 (no demerit points for photo-radar offences)',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-24.2?code=se:592_4&historique=20240325',
    },
    note: '2024 c. 10 repealed ss. 332 and 592.1 (photo radar) and moved to "systèmes de détection"; the current article numbers were not verified.',
  },

  // Ontario — Highway Traffic Act
  { jurisdiction: 'ON', category: 'speeding', statute: 'HTA', sections: ['128'], defaultSection: '128', title: TITLES.speeding, source: HTA },
  { jurisdiction: 'ON', category: 'red_light', statute: 'HTA', sections: ['144(18)'], defaultSection: '144(18)', title: TITLES.red_light, source: HTA },
  { jurisdiction: 'ON', category: 'stop_sign', statute: 'HTA', sections: ['136(1)(a)'], defaultSection: '136(1)(a)', title: TITLES.stop_sign, source: HTA },
  {
    jurisdiction: 'ON',
    category: 'handheld_device',
    statute: 'HTA',
    sections: ['78.1'],
    defaultSection: '78.1(1)',
    title: TITLES.handheld_device,
    source: HTA,
  },
  { jurisdiction: 'ON', category: 'seatbelt', statute: 'HTA', sections: ['106'], defaultSection: '106(2)', title: TITLES.seatbelt, source: HTA },
  { jurisdiction: 'ON', category: 'careless_driving', statute: 'HTA', sections: ['130'], defaultSection: '130', title: TITLES.careless_driving, source: HTA },
  {
    jurisdiction: 'ON',
    category: 'failure_to_yield',
    statute: 'HTA',
    sections: ['135', '136(1)(b)', '138', '139', '140', '144(7)'],
    // s. 135 is the general right-of-way rule at intersections.
    defaultSection: '135',
    title: TITLES.failure_to_yield,
    source: HTA,
  },
  {
    jurisdiction: 'ON',
    category: 'camera',
    statute: 'HTA',
    // 144(18.1): the red-light camera charge against the owner (POA Form 7 names it "red light running/owner").
    sections: ['144(18.1)', '207'],
    // Speed camera notices charge the owner under the rule broken (s. 128), so no single section.
    defaultSection: null,
    title: TITLES.camera,
    source: HTA,
    note: 'Owner liability under s. 207; many municipalities now use administrative penalties (O. Reg. 355/22).',
  },

  // New York — Vehicle and Traffic Law
  {
    jurisdiction: 'NY',
    category: 'speeding',
    statute: 'VTL',
    sections: ['1180(a)', '1180(b)', '1180(c)', '1180(d)', '1180(e)', '1180(f)'],
    defaultSection: '1180(d)',
    title: TITLES.speeding,
    source: vtl('1180'),
  },
  { jurisdiction: 'NY', category: 'red_light', statute: 'VTL', sections: ['1111(d)'], defaultSection: '1111(d)', title: TITLES.red_light, source: vtl('1111') },
  { jurisdiction: 'NY', category: 'stop_sign', statute: 'VTL', sections: ['1172(a)'], defaultSection: '1172(a)', title: TITLES.stop_sign, source: vtl('1172') },
  {
    jurisdiction: 'NY',
    category: 'handheld_device',
    statute: 'VTL',
    // 1225-c: holding a phone for a call; 1225-d: texting and other portable electronic devices.
    sections: ['1225-c', '1225-d'],
    defaultSection: '1225-c',
    title: TITLES.handheld_device,
    source: vtl('1225-c'),
  },
  { jurisdiction: 'NY', category: 'seatbelt', statute: 'VTL', sections: ['1229-c'], defaultSection: '1229-c', title: TITLES.seatbelt, source: vtl('1229-c') },
  {
    jurisdiction: 'NY',
    category: 'careless_driving',
    statute: 'VTL',
    // 1212 reckless driving; 1146 failure to exercise due care.
    sections: ['1212', '1146'],
    defaultSection: '1212',
    title: { en: 'Reckless or careless driving', fr: 'Conduite téméraire ou imprudente', es: 'Conducción temeraria o imprudente' },
    source: vtl('1212'),
  },
  {
    jurisdiction: 'NY',
    category: 'failure_to_yield',
    statute: 'VTL',
    sections: ['1140', '1141', '1142', '1143', '1144'],
    // 1140 is the general right-of-way rule at intersections.
    defaultSection: '1140',
    title: TITLES.failure_to_yield,
    source: vtl('1140'),
  },
  {
    jurisdiction: 'NY',
    category: 'camera',
    statute: 'VTL',
    // Owner-liability programmes: speed cameras (NYC school zones, Nassau/Suffolk, work zones) and red-light cameras.
    sections: ['1180-b', '1180-c', '1180-e', '1111-a', '1111-b', '1111-d', '1111-e', '1111-f', '1111-g', '1111-h'],
    defaultSection: null,
    title: TITLES.camera,
    source: vtl('1180-b'),
  },
];

/** The words a driver reads for an offence outside the catalogue. */
export const OTHER_OFFENCE_TITLE: Record<Language, string> = { en: 'Other offence', fr: 'Autre infraction', es: 'Otra infracción' };
