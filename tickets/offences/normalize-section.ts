import type { Jurisdiction } from '../ticket-schema.js';
import { foldText } from './fold-text.js';
import { OFFENCE_CATALOG } from './offence-catalog.js';

const MARKED_NUMBER = /(?:§|\bart(?:icle)?s?\.?|\ba\.|\bsec(?:tion)?s?\.?|\bss?\.|\bss?\b)\s*(\d{1,4}(?:\.\d{1,2})?)(?![\d])/;
const ANY_NUMBER = /(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)(?![\d])/;
const HYPHEN_LETTER = /^\s*-\s*([a-z])(?![a-z])(?:\*\d+)?/;
const PAREN_GROUP = /^\s*\(\s*([0-9a-z.]{1,4})\s*\)/;
const TRAILING_LETTER = /^\s*([a-z])(?:(\d{1,2})(?![\d]))?(?![a-z0-9])/;

const NY_SECTIONS = OFFENCE_CATALOG.filter((e) => e.jurisdiction === 'NY').flatMap((e) => e.sections);

/**
 * A section as OCR or a driver wrote it ("art. 299", "s.128", "sec 1180(d)",
 * "1180 D", "78.1(1)", "1225-C", "VTL §1180-b") in the printed form the
 * catalogue uses ("299", "128", "1180(d)", "78.1(1)", "1225-c", "1180-b").
 * Null when it holds no section number.
 */
export function normalizeSection({ jurisdiction, raw }: { jurisdiction: Jurisdiction; raw: string }): string | null {
  const folded = foldText(raw);
  // A number after "art."/"s."/"§" wins over one in "R.S.O. 1990" or "c. C-24.2".
  const found = MARKED_NUMBER.exec(folded) ?? ANY_NUMBER.exec(folded);
  if (!found) return null;
  const base = found[1];
  let tail = folded.slice(found.index + found[0].length);

  let suffix = '';
  const hyphen = HYPHEN_LETTER.exec(tail);
  if (hyphen) {
    suffix = `-${hyphen[1]}`;
    tail = tail.slice(hyphen[0].length);
  }

  const groups: string[] = [];
  for (let group = PAREN_GROUP.exec(tail); group; group = PAREN_GROUP.exec(tail)) {
    groups.push(group[1]);
    tail = tail.slice(group[0].length);
  }

  // New York prints subdivisions without brackets ("1180D", "1180 D", "1111D1") but
  // also has lettered sections ("1225-c"): a bare letter is a subdivision
  // unless only the lettered section is known for that number.
  if (jurisdiction === 'NY' && !suffix && groups.length === 0) {
    const letter = TRAILING_LETTER.exec(tail);
    if (letter) {
      const [, l, digit] = letter;
      const hasSubdivisions = NY_SECTIONS.some((s) => s.startsWith(`${base}(`));
      if (!hasSubdivisions && NY_SECTIONS.includes(`${base}-${l}`)) suffix = `-${l}`;
      else groups.push(l);
      if (digit) groups.push(digit);
    }
  }

  return `${base}${suffix}${groups.map((g) => `(${g})`).join('')}`;
}
