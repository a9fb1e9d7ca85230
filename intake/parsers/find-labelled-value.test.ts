import { describe, expect, it } from 'vitest';
import { findAmounts } from './find-amounts.js';
import { findLabelledValue } from './find-labelled-value.js';
import { foldKeepingLength } from './fold-keeping-length.js';

const LABELS = [/\bamende\b|set fine/, /\bfrais\b/, /contribution/, /total payable|\btotal\b|montant total/];

function find(text: string, label: RegExp) {
  const lines = text.split('\n');
  return findLabelledValue({
    lines,
    foldedLines: lines.map(foldKeepingLength),
    label,
    allLabels: LABELS,
    read: (segment) => findAmounts({ text: segment }).map((amount) => amount.cents),
  })?.value;
}

describe('findLabelledValue', () => {
  it('reads a value after its label on the same line, never past the next label', () => {
    expect(find('Amende : 143,00 $ Frais : 96,00 $', LABELS[1])).toBe(9600);
    expect(find('Amende : Frais : 96,00 $', LABELS[0])).toBeUndefined();
  });

  it('reads a value on the line under its label', () => {
    expect(find('Total\n\n288,00 $', LABELS[3])).toBe(28800);
  });

  it('reads a row of values under a row of labels by their places', () => {
    const text = 'Amende Frais Contribution Total\n143,00 $ 96,00 $ 49,00 $ 288,00 $';
    expect(find(text, LABELS[0])).toBe(14300);
    expect(find(text, LABELS[2])).toBe(4900);
    expect(find(text, LABELS[3])).toBe(28800);
  });

  it('takes a label and its translation for one column', () => {
    const text = 'Set fine of / Amende fixée de Total payable / Montant total exigible\n$30.00 $45.00';
    expect(find(text, LABELS[3])).toBe(4500);
  });
});
