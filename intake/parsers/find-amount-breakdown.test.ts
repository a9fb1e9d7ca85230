import { describe, expect, it } from 'vitest';
import { findAmountBreakdown } from './find-amount-breakdown.js';
import { foldKeepingLength } from './fold-keeping-length.js';

function breakdown(text: string) {
  const lines = text.split('\n');
  return findAmountBreakdown({ lines, foldedLines: lines.map(foldKeepingLength), fineLabels: [/\bamende\b/], feeLabels: [/\bfrais\b/, /contribution/] });
}

describe('findAmountBreakdown', () => {
  it('finds the total as the sum of the others, and the fine first under its label', () => {
    expect(breakdown('Amende Frais Contribution Total\n60,00 $ 37,00 $ 12,00 $ 109,00 $')).toEqual({ totalCents: 10900, fineCents: 6000 });
  });

  it('knows the fine when its label was lost and every other part has a fee label', () => {
    expect(breakdown('[ince Frais / Contribution / Total\n60,00 $ 37,00 $, 12,00 $ 109,00 $')).toEqual({ totalCents: 10900, fineCents: 6000 });
  });

  it('finds nothing in amounts that do not add up', () => {
    expect(breakdown('LAIT 4,99 $ PAIN 3,49 $ CAFÉ 12,99 $')).toBeNull();
  });
});
