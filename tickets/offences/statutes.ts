import type { Language } from '../../i18n/languages.js';
import type { Jurisdiction } from '../ticket-schema.js';

/** Short names as printed on tickets: the statute each market's tickets cite. */
export type StatuteCode = 'CSR' | 'HTA' | 'VTL';

export const STATUTE_BY_JURISDICTION: Record<Jurisdiction, StatuteCode> = { QC: 'CSR', ON: 'HTA', NY: 'VTL' };

/**
 * Official names. Quebec publishes the Code in French and English and Ontario
 * publishes the Act in English and French ("Code de la route"); no Spanish
 * version exists, so Spanish shows the name a court would recognise.
 */
export const STATUTE_NAMES: Record<StatuteCode, Record<Language, string>> = {
  CSR: { fr: 'Code de la sécurité routière', en: 'Highway Safety Code', es: 'Code de la sécurité routière' },
  HTA: { fr: 'Code de la route', en: 'Highway Traffic Act', es: 'Highway Traffic Act' },
  VTL: { fr: 'Vehicle and Traffic Law', en: 'Vehicle and Traffic Law', es: 'Vehicle and Traffic Law' },
};
