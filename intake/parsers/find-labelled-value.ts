export interface FindLabelledValueOptions<T> {
  /** The text's lines, and the same lines folded (lower case, no accents), index for index. */
  lines: string[];
  foldedLines: string[];
  /** Matched on the folded lines. */
  label: RegExp;
  /** Every label of the form: a value belongs to the label just before it. */
  allLabels: readonly RegExp[];
  /** All values in a piece of text, in order. */
  read: (segment: string) => T[];
  /** How many lines below a label its value may sit. */
  reach?: number;
}

/**
 * The value printed with a label, wherever OCR put it: after the label on its
 * line ("Amende : 143,00 $"), on the next line ("Amende\n143,00 $"), or, for
 * a row of labels over a row of values ("Amende Frais Total" over "143,00 $
 * 96,00 $ 288,00 $"), the value in the same place in its row. A value is
 * never taken from after another label. Each occurrence of the label is
 * tried in turn; null when none has a value.
 */
export function findLabelledValue<T>({ lines, foldedLines, label, allLabels, read, reach = 2 }: FindLabelledValueOptions<T>): T | null {
  const global = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
  for (let row = 0; row < lines.length; row++) {
    for (const match of foldedLines[row].matchAll(global)) {
      const start = match.index + match[0].length;
      const sameLine = read(lines[row].slice(start, nextLabelStart(foldedLines[row], start, allLabels)));
      if (sameLine.length > 0) return sameLine[0];
      const starts = labelStarts(foldedLines[row], allLabels);
      // Our label, or the longer label holding it, is the last start at or before it.
      const column = Math.max(0, starts.filter((other) => other <= match.index).length - 1);
      const columns = starts.length;
      for (let below = row + 1; below <= Math.min(lines.length - 1, row + reach); below++) {
        const firstLabel = nextLabelStart(foldedLines[below], 0, allLabels);
        if (firstLabel === 0) break;
        const values = read(lines[below].slice(0, firstLabel));
        if (values.length === 0) continue;
        if (columns > 1) {
          if (values.length === columns) return values[column];
          if (column === 0) return values[0];
          break;
        }
        return values[0];
      }
    }
  }
  return null;
}

/** Where labels start on a line; a label inside a longer one ("fine" in "set fine") is not another. */
function labelStarts(folded: string, allLabels: readonly RegExp[]): number[] {
  const spans: Array<[number, number]> = [];
  for (const label of allLabels) {
    for (const match of folded.matchAll(new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`))) {
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts: number[] = [];
  let reached = -1;
  for (const [start, end] of spans) {
    if (start >= reached) starts.push(start);
    reached = Math.max(reached, end);
  }
  return starts;
}

function nextLabelStart(folded: string, from: number, allLabels: readonly RegExp[]): number {
  const after = labelStarts(folded, allLabels).filter((start) => start >= from);
  return after.length > 0 ? after[0] : folded.length;
}
