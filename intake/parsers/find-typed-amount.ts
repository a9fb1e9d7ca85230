import { findAmounts } from './find-amounts.js';
import { foldKeepingLength } from './fold-keeping-length.js';

const FINE_WORDS = /\b(?:fine|fined|amende|multa|multaron|penalty|ticket (?:is|was|of|for)|costs?|cout(?:e|ait)?|cuesta|costo|pay|payer|pagar)\b/g;
const TOTAL_WORDS = /\b(?:total|en tout|en total|all in|con todo)\b/g;

/**
 * The fine in a driver's words: a number said to be the fine ("fine 325",
 * "l'amende est de 250 $", "la multa es de 250"), else the one amount written
 * as money ("$143", "150 dólares"). A total named as such is kept apart.
 */
export function findTypedAmount({ text }: { text: string }): { fineCents: number | null; totalPayableCents: number | null } {
  const folded = foldKeepingLength(text);
  const totalPayableCents = amountAfter(folded, text, TOTAL_WORDS);
  let fineCents = amountAfter(folded, text, FINE_WORDS);
  if (fineCents === null) {
    const marked = [...new Set(findAmounts({ text }).filter((amount) => amount.marked).map((amount) => amount.cents))].filter(
      (cents) => cents !== totalPayableCents,
    );
    if (marked.length === 1) fineCents = marked[0];
  }
  return { fineCents, totalPayableCents };
}

/** The first number within a few words after one of the words, as money. */
function amountAfter(folded: string, text: string, words: RegExp): number | null {
  for (const match of folded.matchAll(words)) {
    const start = match.index + match[0].length;
    const window = text.slice(start, start + 30);
    const gap = /^[^\d$]{0,18}/.exec(window)?.[0] ?? '';
    // "in a 50", "78 km/h": numbers that are speeds or other things come after other words.
    if (/\b(in|dans|en|a|at|zone|km|mph)\s*$/i.test(gap)) continue;
    const amount = findAmounts({ text: window.slice(gap.length), anyNumber: true })[0];
    if (amount && amount.index === 0) return amount.cents;
  }
  return null;
}
