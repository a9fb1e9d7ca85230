import { LEGAL_GLOSSARY } from './legal-glossary.js';
import { normaliseSearchText } from './normalise-search-text.js';

const FOLDED = LEGAL_GLOSSARY.map((concept) => concept.map((term) => normaliseSearchText(term)));

/**
 * The query plus, for each glossary concept it mentions (in any of our three
 * languages), the concept's other words: "multa por exceso de velocidad con
 * radar" also searches "speeding vitesse cinemometre…". Folded text out.
 */
export function expandQuery(text: string): string {
  const query = normaliseSearchText(text);
  const padded = ` ${query.replace(/[^a-z0-9]+/g, ' ')} `;
  const added: string[] = [];
  for (const concept of FOLDED) {
    if (concept.some((term) => padded.includes(` ${term.replace(/[^a-z0-9]+/g, ' ').trim()} `))) added.push(...concept);
  }
  return added.length > 0 ? `${query} ${added.join(' ')}` : query;
}
