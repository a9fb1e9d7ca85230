/**
 * "125.50" → 12550. Parsed as digits, not as a float, so 0.1 + 0.2 rounding never reaches
 * a fine. Null for anything that is not a non-negative amount with at most two decimals.
 */
export function parseDollarsToCents(value: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
