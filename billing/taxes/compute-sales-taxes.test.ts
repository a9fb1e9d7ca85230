import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaxRegion } from '../quote/price-quote.js';
import { applyPercentRate } from './apply-percent-rate.js';
import { SALES_TAX_RATES, computeSalesTaxes } from './compute-sales-taxes.js';

/**
 * The oracle works on decimal strings, not on the implementation's formula:
 * amount × rate digits, then the last (2 + decimals) digits are the fraction of
 * a cent, compared digit by digit with "5000…".
 */
function roundHalfUpByDigits(amountCents: number, rate: string): number {
  const [whole, fraction = ''] = rate.split('.');
  const scaleDigits = 2 + fraction.length;
  const product = (BigInt(amountCents) * BigInt(whole + fraction)).toString().padStart(scaleDigits + 1, '0');
  const cents = BigInt(product.slice(0, -scaleDigits));
  const fractionOfCent = product.slice(-scaleDigits);
  return Number(fractionOfCent >= '5'.padEnd(scaleDigits, '0') ? cents + 1n : cents);
}

const regions: TaxRegion[] = ['QC', 'ON', 'NY'];
const amountArb = fc.integer({ min: 0, max: 1_000_000_000 });
const sum = (lines: { amountCents: number }[]) => lines.reduce((total, line) => total + line.amountCents, 0);

describe('computeSalesTaxes', () => {
  it('charges Quebec GST then QST, each on the fee alone', () => {
    const taxes = computeSalesTaxes({ region: 'QC', amountCents: 10_000 });
    expect(taxes).toEqual([
      { name: 'GST', rate: '5', amountCents: 500 },
      // 997.5 rounds half-up; QST on fee + GST would be 1047.
      { name: 'QST', rate: '9.975', amountCents: 998 },
    ]);
    expect(10_000 + sum(taxes)).toBe(11_498);
  });

  it('charges Ontario HST and no New York tax on legal services', () => {
    expect(computeSalesTaxes({ region: 'ON', amountCents: 10_000 })).toEqual([{ name: 'HST', rate: '13', amountCents: 1300 }]);
    expect(computeSalesTaxes({ region: 'NY', amountCents: 10_000 })).toEqual([]);
  });

  it('rounds exact half cents up and anything below down', () => {
    const qc = (amountCents: number) => computeSalesTaxes({ region: 'QC', amountCents }).map((line) => line.amountCents);
    expect(qc(1)).toEqual([0, 0]); // GST 0.05, QST 0.09975
    expect(qc(10)).toEqual([1, 1]); // GST 0.5, QST 0.9975
    expect(qc(9)).toEqual([0, 1]); // GST 0.45, QST 0.89775
    expect(qc(200)).toEqual([10, 20]); // QST 19.95
    expect(qc(5)).toEqual([0, 0]); // QST 0.49875, just under half
    expect(qc(10_025)).toEqual([501, 1000]); // GST 501.25, QST 999.99375
    const hst = (amountCents: number) => computeSalesTaxes({ region: 'ON', amountCents })[0].amountCents;
    expect(hst(50)).toBe(7); // 6.5
    expect(hst(150)).toBe(20); // 19.5
    expect(hst(3)).toBe(0); // 0.39
    expect(hst(4)).toBe(1); // 0.52
  });

  it('is exact where a float product would round the wrong way', () => {
    // 10000 × 0.09975 is 997.4999999999999 in floating point, which rounds to 997.
    expect(Math.round(10_000 * (9.975 / 100))).toBe(997);
    expect(applyPercentRate({ amountCents: 10_000, rate: '9.975' })).toBe(998);
    expect(applyPercentRate({ amountCents: 2000, rate: '9.975' })).toBe(200); // float: 199.49999999999997
  });

  it('matches an independent half-up oracle for any amount', () => {
    fc.assert(
      fc.property(amountArb, fc.constantFrom(...regions), (amountCents, region) => {
        const taxes = computeSalesTaxes({ region, amountCents });
        expect(taxes.map((line) => line.name)).toEqual(SALES_TAX_RATES[region].map((rate) => rate.name));
        for (const line of taxes) expect(line.amountCents).toBe(roundHalfUpByDigits(amountCents, line.rate));
      }),
    );
  });

  it('stays within half a cent of the exact tax, as non-negative integers', () => {
    fc.assert(
      fc.property(amountArb, fc.constantFrom(...regions), (amountCents, region) => {
        for (const line of computeSalesTaxes({ region, amountCents })) {
          expect(Number.isSafeInteger(line.amountCents) && line.amountCents >= 0).toBe(true);
          // |line − amount × rate / 100| ≤ ½, scaled to integers.
          const [whole, fraction = ''] = line.rate.split('.');
          const scale = 100n * 10n ** BigInt(fraction.length);
          const error = BigInt(line.amountCents) * scale - BigInt(amountCents) * BigInt(whole + fraction);
          expect(2n * (error < 0n ? -error : error) <= scale).toBe(true);
        }
      }),
    );
  });

  it('never decreases when the amount grows', () => {
    fc.assert(
      fc.property(amountArb, amountArb, fc.constantFrom(...regions), (a, b, region) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowTaxes = computeSalesTaxes({ region, amountCents: low });
        const highTaxes = computeSalesTaxes({ region, amountCents: high });
        lowTaxes.forEach((line, index) => expect(line.amountCents).toBeLessThanOrEqual(highTaxes[index].amountCents));
      }),
    );
  });

  it('rejects amounts that are not non-negative integers', () => {
    for (const region of regions) {
      for (const amountCents of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
        expect(() => computeSalesTaxes({ region, amountCents })).toThrow(RangeError);
      }
    }
  });
});

describe('applyPercentRate', () => {
  it('rejects rates that are not decimal percentages', () => {
    for (const rate of ['', '5%', '-5', '.5', '5.', '1e2', ' 5', '0x10']) {
      expect(() => applyPercentRate({ amountCents: 100, rate })).toThrow(RangeError);
    }
  });

  it('rejects results too large to be exact numbers', () => {
    expect(() => applyPercentRate({ amountCents: Number.MAX_SAFE_INTEGER, rate: '200' })).toThrow(RangeError);
  });
});
