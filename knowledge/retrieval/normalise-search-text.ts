import { foldText } from '../../tickets/offences/fold-text.js';

/**
 * Accent-insensitive search text, the same for the corpus and the queries, on
 * every backend: the project's folding (lower case, no accents, section signs
 * kept: "1180(d)", "78.1", "1225-c"), minus the few signs it keeps for
 * matching offence words ("&", "*", "/") that mean nothing to a search.
 */
export function normaliseSearchText(text: string): string {
  return foldText(text).replace(/[&*/]+/g, ' ').replace(/\s+/g, ' ').trim();
}
