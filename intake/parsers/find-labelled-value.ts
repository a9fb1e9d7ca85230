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
  /** Try the label's occurrences nearest this line first (a street's municipality). */
  near?: number;
}

export interface LabelledValue<T> {
  value: T;
  /** The line of the label. */
  row: number;
}

/**
 * The value printed with a label, wherever OCR put it: after the label on its
 * line ("Amende : 143,00 $"), on the next line ("Amende\n143,00 $"), or, for
 * a row of labels over a row of values ("Amende Frais Total" over "143,00 $
 * 96,00 $ 288,00 $"), the value in the same place in its row. A value is
 * never taken from after another label. Each occurrence of the label is
 * tried in turn; null when none has a value.
 */
export function findLabelledValue<T>({ lines, foldedLines, label, allLabels, read, reach = 2, near }: FindLabelledValueOptions<T>): LabelledValue<T> | null {
  const occurrences: Array<{ row: number; index: number; end: number }> = [];
  for (let row = 0; row < lines.length; row++) {
    for (const match of foldedLines[row].matchAll(globally(label))) occurrences.push({ row, index: match.index, end: match.index + match[0].length });
  }
  if (near !== undefined) occurrences.sort((a, b) => Math.abs(a.row - near) - Math.abs(b.row - near));
  for (const { row, index, end } of occurrences) {
    const start = skipDecoration(foldedLines[row], end);
    const sameLine = read(lines[row].slice(start, nextLabelStart(foldedLines[row], start, allLabels)));
    if (sameLine.length > 0) return { value: sameLine[0], row };
    const starts = labelStarts(foldedLines[row], allLabels);
    // Our label, or the longer label holding it, is the last start at or before it.
    const column = Math.max(0, starts.filter((other) => other <= index).length - 1);
    const columns = starts.length;
    for (let below = row + 1, seen = 0; below < lines.length && seen < reach; below++) {
      if (!lines[below].trim()) continue;
      seen++;
      const firstLabel = nextLabelStart(foldedLines[below], 0, allLabels);
      if (firstLabel === 0) break;
      const values = read(lines[below].slice(0, firstLabel));
      if (values.length === 0) continue;
      if (columns > 1) {
        if (values.length === columns) return { value: values[column], row };
        // With values missing, only the ends of the row can be matched up.
        if (column === 0) return { value: values[0], row };
        if (column === columns - 1) return { value: values[values.length - 1], row };
        break;
      }
      return { value: values[0], row };
    }
  }
  return null;
}

/** A label's explanation in brackets or its translation after a slash ("Lieu (rue, intersection)", "At / Lieu"). */
function skipDecoration(folded: string, from: number): number {
  const decoration = /^\s*(?:\([^)]{0,60}\)|\/\s*[a-z' ]{1,30}(?=\s*(?:[:(]|$)))/.exec(folded.slice(from));
  return decoration ? from + decoration[0].length : from;
}

function globally(label: RegExp): RegExp {
  return new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
}

// Between a label and its translation: "Set fine of / Amende fixée de", "Total payable | Montant total".
const TRANSLATION_GAP = /^\s*(?:of|de|du|a)?\s*[/|]\s*$/;

/**
 * Where labels start on a line. A label inside a longer one ("fine" in "set
 * fine") is not another, nor is a label's translation after a slash (a
 * match of the same pattern): one bilingual label heads one column.
 */
function labelStarts(folded: string, allLabels: readonly RegExp[]): number[] {
  const spans: Array<[number, number, number]> = [];
  allLabels.forEach((label, which) => {
    for (const match of folded.matchAll(globally(label))) spans.push([match.index, match.index + match[0].length, which]);
  });
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts: number[] = [];
  let reached = -1;
  let previous = -1;
  for (const [start, end, which] of spans) {
    if (start >= reached) {
      const translation = which === previous && TRANSLATION_GAP.test(folded.slice(reached, start));
      if (!translation) starts.push(start);
      previous = which;
    }
    reached = Math.max(reached, end);
  }
  return starts;
}

function nextLabelStart(folded: string, from: number, allLabels: readonly RegExp[]): number {
  const after = labelStarts(folded, allLabels).filter((start) => start >= from);
  return after.length > 0 ? after[0] : folded.length;
}
