import { describe, expect, it } from 'vitest';
import defaultGrid from './default-pricing-grid.json' with { type: 'json' };
import { pricingGridSchema } from './pricing-grid.js';

type Json = Record<string, any>;
const clone = (): Json => structuredClone(defaultGrid) as Json;
const issuePaths = (grid: unknown) => pricingGridSchema.safeParse(grid).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('pricingGridSchema', () => {
  it('accepts the bundled default grid', () => {
    expect(pricingGridSchema.safeParse(defaultGrid).success).toBe(true);
  });

  it('rejects bands out of order, repeated, or with the open band before the last', () => {
    const unsorted = clone();
    unsorted.jurisdictions.QC.categories.speeding = [
      { maxPoints: 4, feeCents: 29_900 },
      { maxPoints: 2, feeCents: 19_900 },
    ];
    expect(issuePaths(unsorted)).toEqual(['jurisdictions.QC.categories.speeding.1.maxPoints']);

    const repeated = clone();
    repeated.jurisdictions.ON.categories.speeding[1].maxPoints = 0;
    expect(issuePaths(repeated)).toEqual(['jurisdictions.ON.categories.speeding.1.maxPoints']);

    const openFirst = clone();
    openFirst.jurisdictions.NY.categories.camera = [
      { maxPoints: null, feeCents: 9900 },
      { maxPoints: 3, feeCents: 19_900 },
    ];
    expect(issuePaths(openFirst)).toEqual(['jurisdictions.NY.categories.camera.1.maxPoints']);
  });

  it('rejects money that is not a non-negative integer', () => {
    const float = clone();
    float.jurisdictions.QC.categories.speeding[0].feeCents = 199.5;
    expect(issuePaths(float)).toEqual(['jurisdictions.QC.categories.speeding.0.feeCents']);
    const negative = clone();
    negative.jurisdictions.ON.defaultFeeCents = -1;
    expect(issuePaths(negative)).toEqual(['jurisdictions.ON.defaultFeeCents']);
  });

  it('rejects a percent surcharge whose rate is not a decimal string', () => {
    for (const rate of ['10%', '-5', '.5', 10]) {
      const grid = clone();
      grid.jurisdictions.QC.surcharges.urgent = { withinDays: 5, kind: 'percent', rate };
      expect(issuePaths(grid)).toEqual(['jurisdictions.QC.surcharges.urgent.rate']);
    }
    const ok = clone();
    ok.jurisdictions.QC.surcharges.urgent = { withinDays: 5, kind: 'percent', rate: '7.5' };
    expect(issuePaths(ok)).toEqual([]);
  });

  it('rejects empty band lists, unknown categories, typos and a missing jurisdiction', () => {
    const empty = clone();
    empty.jurisdictions.QC.categories.speeding = [];
    expect(issuePaths(empty)).toEqual(['jurisdictions.QC.categories.speeding']);
    const unknownCategory = clone();
    unknownCategory.jurisdictions.QC.categories.parking = [{ maxPoints: null, feeCents: 100 }];
    expect(issuePaths(unknownCategory)).toEqual(['jurisdictions.QC.categories']);
    const typo = clone();
    typo.jurisdictions.QC.defaultFee = 100;
    expect(issuePaths(typo)).toEqual(['jurisdictions.QC']);
    const missing = clone();
    delete missing.jurisdictions.NY;
    expect(issuePaths(missing)).toEqual(['jurisdictions.NY']);
  });
});
