import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import { FORM_MARKERS } from './jurisdiction-markers.js';
import { PLACES } from './places.js';

export interface DetectJurisdictionOptions {
  text: string;
  /** The market of the number the driver wrote to: used only to break a tie. */
  marketHint: Jurisdiction | null;
}

export interface DetectedJurisdiction {
  jurisdiction: Jurisdiction | null;
  /** A place we do not serve that the text points to ("Alberta"). */
  otherJurisdiction: string | null;
  /** 0..1 */
  confidence: number;
  /** The markers found, by their labels (never the driver's own words). */
  evidence: string[];
}

const SERVED: readonly Jurisdiction[] = ['QC', 'ON', 'NY'];
// Below this the evidence is a stray word or a city name: the bot asks.
const ENOUGH_EVIDENCE = 1;
// The lead a jurisdiction needs over the next one to win without the hint.
const DECISIVE_LEAD = 1;

/**
 * Where the ticket is from, by weighing the form's wording, statutes, courts
 * and place names (a form's wording outweighs an address: a Quebec ticket
 * given to a Toronto driver prints "Toronto"). A place we do not serve wins
 * only when it outweighs all of ours. The market hint breaks a tie between
 * jurisdictions that have evidence; alone it decides nothing.
 */
export function detectJurisdiction({ text, marketHint }: DetectJurisdictionOptions): DetectedJurisdiction {
  const folded = foldKeepingLength(text).replace(/\s+/g, ' ');
  const scores = new Map<string, number>();
  const evidence: string[] = [];
  for (const marker of [...FORM_MARKERS, ...PLACES.map((place) => ({ ...place, label: place.name }))]) {
    if (!marker.pattern.test(folded)) continue;
    scores.set(marker.jurisdiction, (scores.get(marker.jurisdiction) ?? 0) + marker.weight);
    evidence.push(marker.label);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const served = ranked.filter(([place]) => (SERVED as readonly string[]).includes(place)) as Array<[Jurisdiction, number]>;
  const other = ranked.find(([place]) => !(SERVED as readonly string[]).includes(place));
  const [best, second] = [served[0], served[1]];
  const bestScore = best?.[1] ?? 0;

  if (other && other[1] >= 3 && other[1] > bestScore) {
    return { jurisdiction: null, otherJurisdiction: other[0], confidence: round(other[1] / (other[1] + bestScore + 1)), evidence };
  }
  if (!best) return { jurisdiction: null, otherJurisdiction: null, confidence: 0, evidence };
  if (bestScore < ENOUGH_EVIDENCE) {
    // Only a shared name ("Hamilton"): the number the driver wrote to says which one.
    const alone = served.length === 1 && !other && best[0] === marketHint;
    return alone ? { jurisdiction: best[0], otherJurisdiction: null, confidence: 0.3, evidence } : { jurisdiction: null, otherJurisdiction: null, confidence: 0, evidence };
  }
  const secondScore = second?.[1] ?? 0;
  if (bestScore - secondScore >= DECISIVE_LEAD) {
    return { jurisdiction: best[0], otherJurisdiction: null, confidence: round(bestScore / (bestScore + secondScore + 1)), evidence };
  }
  const tied = served.filter(([, score]) => bestScore - score < DECISIVE_LEAD).map(([place]) => place);
  if (marketHint && tied.includes(marketHint)) {
    return { jurisdiction: marketHint, otherJurisdiction: null, confidence: round(0.5 * (bestScore / (bestScore + secondScore + 1))), evidence };
  }
  return { jurisdiction: null, otherJurisdiction: null, confidence: 0, evidence };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
