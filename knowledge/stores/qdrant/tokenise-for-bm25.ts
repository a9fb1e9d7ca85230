import { normaliseSearchText } from '../../retrieval/normalise-search-text.js';

/**
 * Words too common in French and English to tell one legal text from another.
 * They are written as normaliseSearchText leaves them (no accents), and elided
 * forms ("l'", "d'", "qu'") are covered because the normaliser splits the
 * apostrophe off and single letters are dropped anyway. Legal words such as
 * "article", "loi" or "section" are deliberately kept: IDF already weighs them
 * down, and queries like "article 328" need them.
 */
const STOP_WORDS = new Set([
  // French
  'a', 'afin', 'ai', 'ainsi', 'alors', 'au', 'aucun', 'aucune', 'aupres', 'auquel', 'aussi', 'autre', 'autres',
  'aux', 'auxquelles', 'auxquels', 'avant', 'avec', 'avoir', 'ayant', 'ce', 'ceci', 'cela', 'celle', 'celles',
  'celui', 'cependant', 'ces', 'cet', 'cette', 'ceux', 'chacun', 'chaque', 'ci', 'comme', 'comment', 'dans',
  'de', 'des', 'desquelles', 'desquels', 'dont', 'du', 'duquel', 'elle', 'elles', 'en', 'encore', 'entre',
  'est', 'et', 'etaient', 'etait', 'etant', 'ete', 'etre', 'eu', 'eux', 'fait', 'faire', 'ici', 'il', 'ils',
  'je', 'la', 'laquelle', 'le', 'lequel', 'les', 'lesquelles', 'lesquels', 'leur', 'leurs', 'lorsque', 'lui',
  'ma', 'mais', 'me', 'meme', 'memes', 'mes', 'moi', 'mon', 'ne', 'ni', 'nos', 'notre', 'nous', 'on', 'ont',
  'ou', 'par', 'parce', 'pas', 'peu', 'peut', 'peuvent', 'plus', 'pour', 'pourquoi', 'qu', 'quand', 'que',
  'quel', 'quelle', 'quelles', 'quels', 'qui', 'quoi', 'sa', 'sans', 'se', 'selon', 'ses', 'si', 'sien',
  'soit', 'son', 'sont', 'sous', 'sur', 'ta', 'te', 'tes', 'toi', 'ton', 'tous', 'tout', 'toute', 'toutes',
  'tu', 'un', 'une', 'unes', 'uns', 'vers', 'vos', 'votre', 'vous', 'y',
  // English
  'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before',
  'being', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'during', 'each',
  'either', 'for', 'from', 'had', 'has', 'have', 'having', 'he', 'her', 'hers', 'him', 'his', 'how', 'i',
  'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'may', 'me', 'might', 'my', 'no', 'nor', 'not', 'of',
  'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'out', 'over', 'own', 'same', 'she', 'should',
  'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'then', 'there', 'these', 'they',
  'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'very', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
  'would', 'you', 'your', 'yours',
]);

/** Punctuation the normaliser keeps inside section references but that means nothing at a word's edge. */
const EDGE_PUNCTUATION = /^[.\-§]+|[.\-§]+$/g;

/**
 * The terms of a text for the BM25 sparse vector, in order, repeats kept (the
 * caller counts them). Section references survive whole ("1180(d)", "78.1",
 * "1225-c") and also give the section number they hang from ("1180", "78",
 * "1225"), so "article 1180" finds "1180(d)"; hyphenated words give their
 * words too ("porte-voix" → "porte-voix", "porte", "voix").
 *
 * Stemming: only a final plural "-s" is folded (Harman's S-stemmer idea),
 * because both French and English mark most plurals that way ("amendes",
 * "points", "tickets") and it is the one suffix whose removal almost never
 * merges two different legal notions. A full Snowball stemmer per language
 * would need to know each chunk's language for queries written in another
 * one (the retriever expands FR/EN/ES), mangles identifiers, and would be a
 * dependency; the dense vectors already cover the remaining morphology.
 */
export function tokeniseForBm25({ text }: { text: string }): string[] {
  const terms: string[] = [];
  for (const word of normaliseSearchText(text).split(' ')) {
    const whole = trimWord(word);
    if (!whole) continue;
    const parts = whole.split(/[^a-z0-9]+/).filter(Boolean);
    const isCompound = parts.length > 1 || parts[0] !== whole;
    if (!isCompound) {
      pushTerm(terms, whole);
      continue;
    }
    if (/[0-9]/.test(whole)) {
      // A section reference: itself, plus the section number it hangs from ("1180(d)" → "1180").
      terms.push(whole);
      if (parts[0] && /[0-9]/.test(parts[0])) terms.push(parts[0]);
      continue;
    }
    // A hyphenated word counts for itself and for each of its words.
    if (/^[a-z]+(?:-[a-z]+)+$/.test(whole)) pushTerm(terms, whole);
    for (const part of parts) pushTerm(terms, part);
  }
  return terms;
}

function trimWord(word: string): string {
  let trimmed = word.replace(EDGE_PUNCTUATION, '');
  // "(voir" or "328)": a parenthesis that does not close inside the word is sentence punctuation.
  while (trimmed.startsWith('(') && !trimmed.includes(')')) trimmed = trimmed.slice(1).replace(EDGE_PUNCTUATION, '');
  while (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1).replace(EDGE_PUNCTUATION, '');
  return trimmed;
}

function pushTerm(terms: string[], word: string): void {
  const hasDigit = /[0-9]/.test(word);
  // Single letters are elisions ("l", "d") or list markers; single digits are kept ("classe 5").
  if (!hasDigit && word.length < 2) return;
  if (STOP_WORDS.has(word)) return;
  terms.push(hasDigit ? word : foldPlural(word));
}

function foldPlural(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
