import { categoryFromWords } from '../../tickets/offences/category-from-words.js';
import { classifyOffence } from '../../tickets/offences/classify-offence.js';
import { normalizeSection } from '../../tickets/offences/normalize-section.js';
import type { Jurisdiction, OffenceCategory } from '../../tickets/ticket-schema.js';

export interface ReadOffence {
  category: OffenceCategory | null;
  /** The printed section, normalised ("299", "1180(d)"); never a default. */
  section: string | null;
}

/**
 * The one place the parsers map an offence to a category: the project's
 * offence catalogue (tickets/offences). The catalogue's default section for
 * words alone is not taken: a reader reports only what was printed or said.
 */
export function classifyReadOffence({
  jurisdiction,
  statute,
  section,
  text,
}: {
  jurisdiction: Jurisdiction | null;
  statute: string | null;
  section: string | null;
  text: string | null;
}): ReadOffence {
  if (!jurisdiction) {
    return { category: categoryFromWords(text) ?? categoryFromWords(section), section: section ? normalizeSection({ jurisdiction: 'QC', raw: section }) : null };
  }
  const classified = classifyOffence({ jurisdiction, statute, section, text });
  const printedSection = section ? (classified?.section ?? normalizeSection({ jurisdiction, raw: section })) : null;
  // The catalogue places no offence without a section of its own (a New York camera notice): the words still name it.
  return { category: classified?.category ?? categoryFromWords(text) ?? null, section: printedSection };
}
