import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCentsAsDecimal } from './format-cents-as-decimal.js';

describe('formatCentsAsDecimal', () => {
  it('moves the decimal point two digits left, with no float artefacts', () => {
    expect(formatCentsAsDecimal({ cents: 0 })).toBe('0.00');
    expect(formatCentsAsDecimal({ cents: 5 })).toBe('0.05');
    expect(formatCentsAsDecimal({ cents: 30 })).toBe('0.30');
    expect(formatCentsAsDecimal({ cents: 22995 })).toBe('229.95');
    expect(formatCentsAsDecimal({ cents: 1_000_000_000 })).toBe('10000000.00');
    expect(formatCentsAsDecimal({ cents: Number.MAX_SAFE_INTEGER })).toBe('90071992547409.91');
    expect(formatCentsAsDecimal({ cents: -50 })).toBe('-0.50');
  });

  it('reads back to the same cents for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(BigInt(formatCentsAsDecimal({ cents }).replace('.', ''))).toBe(BigInt(cents));
      }),
    );
  });

  it('refuses anything that is not a whole number of cents', () => {
    for (const cents of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21]) expect(() => formatCentsAsDecimal({ cents })).toThrow(RangeError);
  });
});
