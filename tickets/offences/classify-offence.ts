import type { Jurisdiction, OffenceCategory } from '../ticket-schema.js';
import { categoryFromWords } from './category-from-words.js';
import { detectStatute } from './detect-statute.js';
import { foldText } from './fold-text.js';
import { normalizeSection } from './normalize-section.js';
import { OFFENCE_CATALOG, type CatalogCategory, type OffenceEntry } from './offence-catalog.js';
import { sectionMatches } from './section-matches.js';
import { STATUTE_BY_JURISDICTION } from './statutes.js';

export interface ClassifyOffenceOptions {
  jurisdiction: Jurisdiction;
  statute?: string | null;
  section?: string | null;
  /** The offence in words, as printed or told ("Excès de vitesse", "texting while driving"). */
  text?: string | null;
}

export interface ClassifiedOffence {
  category: OffenceCategory;
  /** "CSR", "HTA", "VTL", or the statute as printed when it is none of them. */
  statute: string;
  /** The normalised printed form ("299", "144(18)", "1180(d)"). */
  section: string;
}

/** Where a section sits inside words: after "art."/"s."/"§" or a statute's short name. */
const SECTION_IN_WORDS =
  /(?:§|\bart(?:icle)?s?\.?|\ba\.|\bsec(?:tion)?s?\.?|\bss?\.|\b(?:c\.?s\.?r|h\.?t\.?a|v\.?t\.?l)\b\.?)\s*\d/;
const TEXTING = /\btext|\bsms\b|mensaje|\btexto/;

function findEntry(jurisdiction: Jurisdiction, read: string, words: CatalogCategory | null): OffenceEntry | null {
  const related = OFFENCE_CATALOG.filter((e) => e.jurisdiction === jurisdiction).map((entry) => {
    const relations = entry.sections.map((known) => sectionMatches(read, known));
    const precise = relations.some((r) => r === 'same' || r === 'narrower');
    return { entry, precise, broader: !precise && relations.includes('broader') };
  });
  const precise = related.filter((r) => r.precise);
  // "136" printed alone is above both 136(1)(a) and 136(1)(b): the words decide, else catalogue order.
  const pool = precise.length > 0 ? precise : related.filter((r) => r.broader);
  if (pool.length === 0) return null;
  return (pool.find((r) => r.entry.category === words) ?? pool[0]).entry;
}

function sectionIn(jurisdiction: Jurisdiction, section: string | null | undefined, text: string | null | undefined): string | null {
  if (section) return normalizeSection({ jurisdiction, raw: section });
  if (!text) return null;
  // Only a number introduced as a section: "78 km/h in a 50 zone" holds no section.
  const folded = foldText(text);
  const marker = SECTION_IN_WORDS.exec(folded);
  return marker ? normalizeSection({ jurisdiction, raw: folded.slice(marker.index) }) : null;
}

/**
 * The catalogue entry a ticket's statute, section and words point to. A
 * known section wins; a camera word turns the rule broken into a camera
 * ticket (owner liability). Words alone give the category's main section.
 * An unknown section under a recognised statute is `other`; nothing
 * recognised is null, and the caller asks the driver.
 */
export function classifyOffence({ jurisdiction, statute, section, text }: ClassifyOffenceOptions): ClassifiedOffence | null {
  const home = STATUTE_BY_JURISDICTION[jurisdiction];
  // Words only confirm the home statute: Quebec drivers call the Code "le code de la route".
  const printed = detectStatute(statute) ?? detectStatute(section) ?? (detectStatute(text) === home ? home : null);
  const printedRaw = statute?.trim() || null;
  // Another market's code or a statute we do not know (a municipal by-law).
  const foreign = printed ? (printed === home ? null : printed) : printedRaw;
  const words = categoryFromWords(text) ?? categoryFromWords(section);
  const read = sectionIn(jurisdiction, section, text);

  if (foreign) {
    return read ? { category: words ?? 'other', statute: foreign, section: read } : null;
  }

  if (read) {
    let entry = findEntry(jurisdiction, read, words);
    let matched = read;
    // OCR drops brackets: "144.18" is s. 144(18).
    const decimal = /^(\d+)\.(\d+)(.*)$/.exec(read);
    if (!entry && decimal) {
      matched = `${decimal[1]}(${decimal[2]})${decimal[3]}`;
      entry = findEntry(jurisdiction, matched, words);
    }
    if (entry) return { category: words === 'camera' ? 'camera' : entry.category, statute: home, section: matched };
    if (printed || words) return { category: words ?? 'other', statute: home, section: read };
    return null;
  }

  if (!words) return null;
  const entry = OFFENCE_CATALOG.find((e) => e.jurisdiction === jurisdiction && e.category === words);
  const texting = jurisdiction === 'NY' && words === 'handheld_device' && TEXTING.test(foldText(text ?? ''));
  const defaultSection = texting ? '1225-d' : entry?.defaultSection;
  return defaultSection ? { category: words, statute: home, section: defaultSection } : null;
}
