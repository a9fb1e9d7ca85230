/**
 * Accent-insensitive search text, the same for the corpus and the queries, on
 * every backend: lower case, accents removed (NFD), punctuation to spaces but
 * section signs kept ("1180(d)", "78.1", "1225-c").
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9.()\-§ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
