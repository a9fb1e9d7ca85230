/**
 * Lower case without accents, one character for one character, so a match
 * found in the folded text can be cut out of the original at the same place.
 * Typographic apostrophes become "'" and non-breaking spaces plain spaces.
 */
export function foldKeepingLength(text: string): string {
  let folded = '';
  for (const character of text) {
    if (character.length !== 1) {
      // A character outside the BMP keeps its two code units.
      folded += character;
      continue;
    }
    if (/[’‘`´]/.test(character)) {
      folded += "'";
      continue;
    }
    if (/[\u00a0\u202f\u2009]/.test(character)) {
      folded += ' ';
      continue;
    }
    const base = character.normalize('NFD').charAt(0).toLowerCase();
    folded += base.length === 1 ? base : character;
  }
  return folded;
}
