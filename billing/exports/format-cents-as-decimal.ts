export interface FormatCentsAsDecimalOptions {
  cents: number;
}

/**
 * Integer cents as a plain decimal with two places ("1234.05", "-0.50"), by moving
 * the point in the digits: dividing by 100 would write 1.1e+21 or 0.30000000000000004 one day.
 */
export function formatCentsAsDecimal({ cents }: FormatCentsAsDecimalOptions): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
