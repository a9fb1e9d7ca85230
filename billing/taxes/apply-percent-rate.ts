/** A percentage written as a decimal string: "5", "9.975". */
export const PERCENT_RATE_PATTERN = /^\d+(\.\d+)?$/;

export interface ApplyPercentRateOptions {
  amountCents: number;
  /** A percentage as a decimal string ("9.975" means 9.975 %), never a float. */
  rate: string;
}

/**
 * `rate` percent of `amountCents`, rounded half-up to the cent.
 *
 * Integer arithmetic only: the rate "9.975" is the fraction 9975 / 100000, and
 * a float product such as 10 × 0.09975 can land just under .5 and round the
 * wrong way. Half-up is what Revenu Québec prescribes ("only fractions equal to
 * or greater than one-half of a cent are counted as a whole cent"), and the
 * amounts are never negative, so half-up and half-away-from-zero agree.
 */
export function applyPercentRate({ amountCents, rate }: ApplyPercentRateOptions): number {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`amountCents must be a non-negative integer, got ${amountCents}`);
  }
  if (!PERCENT_RATE_PATTERN.test(rate)) throw new RangeError(`rate must be a decimal percentage such as "9.975", got "${rate}"`);
  const [whole, fraction = ''] = rate.split('.');
  const numerator = BigInt(whole + fraction);
  // "%" is a hundredth, and each decimal digit another tenth.
  const denominator = 100n * 10n ** BigInt(fraction.length);
  const rounded = (BigInt(amountCents) * numerator * 2n + denominator) / (2n * denominator);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${rate}% of ${amountCents} cents is too large to be exact`);
  return Number(rounded);
}
