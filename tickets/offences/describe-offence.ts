import type { Language } from '../../i18n/languages.js';
import type { Jurisdiction, OffenceCategory, Speed } from '../ticket-schema.js';
import { OFFENCE_CATALOG, OTHER_OFFENCE_TITLE } from './offence-catalog.js';
import { STATUTE_BY_JURISDICTION, STATUTE_NAMES } from './statutes.js';

export interface DescribeOffenceOptions {
  jurisdiction: Jurisdiction;
  category: OffenceCategory;
  section: string | null;
  /** Accepted for call-site symmetry; the caller words speeds through i18n. */
  speed?: Speed | null;
  language: Language;
}

export interface OffenceDescription {
  /** Plain words: "Excès de vitesse". */
  title: string;
  /** The statute's official name in that language: "Code de la sécurité routière", "Code de la route". */
  statuteName: string;
  /** "art. 299" (fr, es), "s. 128" (en), "§ 1180(d)" (New York); '' when no section is known. */
  sectionLabel: string;
}

/** The words a driver reads for an offence; the sentence around them comes from i18n. */
export function describeOffence({ jurisdiction, category, section, language }: DescribeOffenceOptions): OffenceDescription {
  const entry = OFFENCE_CATALOG.find((e) => e.jurisdiction === jurisdiction && e.category === category);
  const shown = section?.trim() || entry?.defaultSection || null;
  let sectionLabel = '';
  if (shown) {
    if (jurisdiction === 'NY') sectionLabel = `§ ${shown}`;
    else sectionLabel = language === 'en' ? `s. ${shown}` : `art. ${shown}`;
  }
  return {
    title: entry?.title[language] ?? OTHER_OFFENCE_TITLE[language],
    statuteName: STATUTE_NAMES[STATUTE_BY_JURISDICTION[jurisdiction]][language],
    sectionLabel,
  };
}
