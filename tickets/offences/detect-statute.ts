import { foldText } from './fold-text.js';
import type { StatuteCode } from './statutes.js';

const PATTERNS: ReadonlyArray<[StatuteCode, RegExp]> = [
  ['CSR', /\bc\.?\s?s\.?\s?r\b|\bcode de la securite routiere\b|\bhighway safety code\b|\bc-24\.2\b/],
  ['HTA', /\bh\.?\s?t\.?\s?a\b|\bhighway traffic act\b|\bcode de la route\b|\bh\.8\b/],
  ['VTL', /\bv\.?\s?t\.?\s?l\b|\bv\s?&\s?t\b|\bvat\b|\bvehicle (and|&) traffic\b/],
];

/** The statute a ticket's words name ("CSR", "H.T.A.", "VTL §1180-b", "Code de la route"), if any. */
export function detectStatute(text: string | null | undefined): StatuteCode | null {
  if (!text) return null;
  const folded = foldText(text);
  return PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}
