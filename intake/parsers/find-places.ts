import { foldKeepingLength } from './fold-keeping-length.js';
import { PLACES, type Place } from './places.js';

export interface FoundPlace {
  /** As the driver wrote it. */
  written: string;
  place: Place;
  index: number;
}

/** The known places a text names, in the order written; a name inside a longer one ("Laval" in "Lavaltrie") is not one. */
export function findPlaces({ text }: { text: string }): FoundPlace[] {
  const folded = foldKeepingLength(text);
  const found: FoundPlace[] = [];
  for (const place of PLACES) {
    for (const match of folded.matchAll(new RegExp(place.pattern.source, 'g'))) {
      const end = match.index + match[0].length;
      if (found.some((other) => match.index < other.index + other.written.length && end > other.index)) continue;
      found.push({ written: text.slice(match.index, end), place, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
