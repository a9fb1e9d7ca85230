import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCalibration } from './compute-calibration.js';

const decile = (result: ReturnType<typeof computeCalibration>, range: string) => result.deciles.find((d) => d.range === range)!;

describe('computeCalibration', () => {
  it('computes the Brier score and the deciles of three cases', () => {
    const result = computeCalibration({
      cases: [
        { score: 80, success: true },
        { score: 30, success: false },
        { score: 60, success: false },
      ],
    });
    // ((0.8 − 1)² + (0.3 − 0)² + (0.6 − 0)²) / 3 = (0.04 + 0.09 + 0.36) / 3 = 0.16333…
    expect(result.cases).toBe(3);
    expect(result.brierScore).toBe(0.1633);
    expect(decile(result, '80-89')).toEqual({ range: '80-89', cases: 1, meanPredicted: 0.8, observedSuccessRate: 1 });
    expect(decile(result, '30-39')).toEqual({ range: '30-39', cases: 1, meanPredicted: 0.3, observedSuccessRate: 0 });
    expect(decile(result, '60-69')).toEqual({ range: '60-69', cases: 1, meanPredicted: 0.6, observedSuccessRate: 0 });
    expect(decile(result, '0-9')).toEqual({ range: '0-9', cases: 0, meanPredicted: null, observedSuccessRate: null });
  });

  it('puts 100 in the last decile and splits at the tens', () => {
    const result = computeCalibration({
      cases: [
        { score: 100, success: true },
        { score: 95, success: false },
        { score: 9, success: false },
        { score: 10, success: true },
      ],
    });
    expect(result.deciles.map((d) => d.range)).toEqual(['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90-100']);
    // (1 + 0.95) / 2 and 1 success in 2.
    expect(decile(result, '90-100')).toEqual({ range: '90-100', cases: 2, meanPredicted: 0.975, observedSuccessRate: 0.5 });
    expect(decile(result, '0-9').cases).toBe(1);
    expect(decile(result, '10-19').cases).toBe(1);
    // (0 + 0.95² + 0.09² + 0.9²) / 4 = (0.9025 + 0.0081 + 0.81) / 4 = 0.43015
    expect(result.brierScore).toBe(0.4302);
  });

  it('answers nulls and ten empty deciles for no cases', () => {
    const result = computeCalibration({ cases: [] });
    expect(result.cases).toBe(0);
    expect(result.brierScore).toBeNull();
    expect(result.deciles).toHaveLength(10);
    for (const d of result.deciles) expect(d).toMatchObject({ cases: 0, meanPredicted: null, observedSuccessRate: null });
  });

  it('refuses a score outside 0..100 rather than skewing the figures', () => {
    expect(() => computeCalibration({ cases: [{ score: 101, success: true }] })).toThrow(RangeError);
    expect(() => computeCalibration({ cases: [{ score: Number.NaN, success: true }] })).toThrow(RangeError);
  });

  const caseArb = fc.record({ score: fc.integer({ min: 0, max: 100 }), success: fc.boolean() });

  it('keeps the Brier score in [0, 1] and counts every case in one decile', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 200 }), (cases) => {
        const result = computeCalibration({ cases });
        expect(result.brierScore).toBeGreaterThanOrEqual(0);
        expect(result.brierScore).toBeLessThanOrEqual(1);
        expect(result.deciles.reduce((sum, d) => sum + d.cases, 0)).toBe(cases.length);
      }),
    );
  });

  it('gives 0 to perfectly confident correct predictions and 0.25 to always saying 50', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 100 }), (successes) => {
        expect(computeCalibration({ cases: successes.map((success) => ({ score: success ? 100 : 0, success })) }).brierScore).toBe(0);
        expect(computeCalibration({ cases: successes.map((success) => ({ score: 50, success })) }).brierScore).toBe(0.25);
      }),
    );
  });
});
