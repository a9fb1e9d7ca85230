import type { Jurisdiction } from '../tickets/ticket-schema.js';

const ANSWERS: Record<string, Jurisdiction> = {
  QC: 'QC', QUEBEC: 'QC', 'PROVINCE DE QUEBEC': 'QC', MONTREAL: 'QC',
  ON: 'ON', ONT: 'ON', ONTARIO: 'ON', TORONTO: 'ON',
  NY: 'NY', NYC: 'NY', 'NEW YORK': 'NY', 'NUEVA YORK': 'NY', 'NEW YORK STATE': 'NY', 'ETAT DE NEW YORK': 'NY',
};

/** The driver's answer to "Quebec, Ontario or New York?"; null when it is not one of them. */
export function readJurisdictionAnswer(text: string): Jurisdiction | null {
  const normalized = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z ]+/g, ' ')
    .replace(/\b(IT|IS|WAS|FROM|IN|THE|C|EST|CEST|DE|DU|AU|A|EN|LE|LA|ES|ERA|FUE|OF)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ANSWERS[normalized] ?? null;
}
