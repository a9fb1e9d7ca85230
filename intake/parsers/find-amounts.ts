export interface FoundAmount {
  cents: number;
  index: number;
  end: number;
  /** A "$" or cents were printed: it is money, not a speed or a count. */
  marked: boolean;
}

// "$143.00", "143,00 $", "1 143,00", "1,143.00", "$ 143", "143$", "143 00 $"
// (a comma lost by OCR), but not "5. 97,00" (OCR's debris before "97,00 $"), "250 dollars", "150 dólares". A "$" followed by digits
// belongs to them: "1$200.00" is a box's edge before "$200.00".
const AMOUNT =
  /(\$\s?|(?:usd|cad|us\$|ca\$)\s?)?(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d{1,6})(?:([.,])(\d{2})|\s(\d{2})(?=\s?\$))?(?![\d])(\s?(?:\$(?!\s?\d)|dollars?\b|d[oó]lares\b|cad\b|usd\b))?/gi;

/**
 * Every amount of money in the text, in cents. Thousands separators (space,
 * dot, comma) and decimal commas are told apart by their groups of digits.
 * Unless `anyNumber`, a bare number ("78") is not taken for money.
 */
export function findAmounts({ text, anyNumber = false }: { text: string; anyNumber?: boolean }): FoundAmount[] {
  const amounts: FoundAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, before, units, , decimals, spacedDecimals, after] = match;
    const cents = decimals ?? spacedDecimals;
    const marked = Boolean(before || after || cents);
    if (!marked && !anyNumber) continue;
    const value = Number(units.replace(/[ \u00a0\u202f.,]/g, '')) * 100 + (cents ? Number(cents) : 0);
    if (!Number.isSafeInteger(value)) continue;
    amounts.push({ cents: value, index: match.index, end: match.index + whole.length, marked });
  }
  return amounts;
}
