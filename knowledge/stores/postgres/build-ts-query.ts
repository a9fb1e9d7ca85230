import { normaliseSearchText } from '../../retrieval/normalise-search-text.js';

/**
 * A to_tsquery text that matches any of the query's words ("a | b | c"):
 * a driver's sentence rarely shares every word with a statute, so AND
 * (plainto_tsquery) finds nothing; ranking sorts out the many OR matches.
 * Only letters and digits reach to_tsquery, so no input can break its syntax.
 * Null when nothing searchable is left.
 */
export function buildTsQuery(text: string): string | null {
  const words = normaliseSearchText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 || /^\d$/.test(word));
  const unique = [...new Set(words)].slice(0, 64);
  return unique.length > 0 ? unique.join(' | ') : null;
}
