import { type Calibration, DECILE_RANGES } from './case-stats-schema.js';

export interface CalibrationCase {
  /** The analysis score, 0..100: read as the predicted probability of success, score/100. */
  score: number;
  /** The outcome was acquitted, withdrawn or reduced (SUCCESS_OUTCOMES): better than paying as charged. */
  success: boolean;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * How well analysis scores predict outcomes. The Brier score is the mean of
 * (p − y)² with p = score/100 and y = 1 for a success, 0 otherwise: 0 is
 * perfect, 0.25 is what always predicting 50 % earns, 1 is confidently wrong
 * every time. Deciles group scores by tens (100 joins 90-99) so staff can
 * compare each group's mean prediction with its observed success rate.
 */
export function computeCalibration({ cases }: { cases: readonly CalibrationCase[] }): Calibration {
  const buckets = DECILE_RANGES.map(() => ({ cases: 0, predicted: 0, successes: 0 }));
  let squaredErrors = 0;
  for (const { score, success } of cases) {
    // A score outside 0..100 is a bug upstream: better to fail than to skew the figures.
    if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError('A calibration score must be between 0 and 100');
    const predicted = score / 100;
    const bucket = buckets[Math.min(9, Math.floor(score / 10))];
    bucket.cases += 1;
    bucket.predicted += predicted;
    if (success) bucket.successes += 1;
    squaredErrors += (predicted - (success ? 1 : 0)) ** 2;
  }
  return {
    cases: cases.length,
    brierScore: cases.length ? round4(squaredErrors / cases.length) : null,
    deciles: DECILE_RANGES.map((range, index) => {
      const bucket = buckets[index];
      return {
        range,
        cases: bucket.cases,
        meanPredicted: bucket.cases ? round4(bucket.predicted / bucket.cases) : null,
        observedSuccessRate: bucket.cases ? round4(bucket.successes / bucket.cases) : null,
      };
    }),
  };
}
