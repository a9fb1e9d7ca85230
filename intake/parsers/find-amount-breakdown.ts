import { findAmounts } from './find-amounts.js';

export interface AmountBreakdown {
  /** The amount that is the sum of the others on its line. */
  totalCents: number;
  /** The first of the others, when the labels above say it is the fine; else null. */
  fineCents: number | null;
}

export interface FindAmountBreakdownOptions {
  lines: string[];
  foldedLines: string[];
  fineLabels: readonly RegExp[];
  feeLabels: readonly RegExp[];
}

/**
 * A row of amounts where one is the sum of the others ("60,00 $ 37,00 $
 * 12,00 $ 109,00 $"): the total, whatever OCR did to its label. The fine is
 * the first of the parts when the labels over the row start with the fine's,
 * or when every other part has a fee's label and the fine's was lost.
 */
export function findAmountBreakdown({ lines, foldedLines, fineLabels, feeLabels }: FindAmountBreakdownOptions): AmountBreakdown | null {
  for (let row = 0; row < lines.length; row++) {
    const amounts = findAmounts({ text: lines[row] })
      .filter((amount) => amount.marked && amount.cents > 0)
      .map((amount) => amount.cents);
    if (amounts.length < 3) continue;
    const totalCents = Math.max(...amounts);
    const parts = [...amounts];
    parts.splice(parts.indexOf(totalCents), 1);
    if (Math.abs(parts.reduce((sum, part) => sum + part, 0) - totalCents) > 1) continue;
    const labelRow = [foldedLines[row - 1] ?? '', foldedLines[row].slice(0, foldedLines[row].search(/\d/))].join(' ');
    const fineAt = firstIndex(labelRow, fineLabels);
    const feeAt = firstIndex(labelRow, feeLabels);
    const feeCount = feeLabels.filter((label) => label.test(labelRow)).length;
    const fineFirst = fineAt >= 0 && (feeAt < 0 || fineAt < feeAt);
    const fineLost = fineAt < 0 && feeCount === parts.length - 1;
    return { totalCents, fineCents: fineFirst || fineLost ? parts[0] : null };
  }
  return null;
}

function firstIndex(text: string, labels: readonly RegExp[]): number {
  const found = labels.map((label) => text.search(label)).filter((index) => index >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}
