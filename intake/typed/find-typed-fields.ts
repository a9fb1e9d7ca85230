import { findAmounts } from '../parsers/find-amounts.js';
import { foldKeepingLength } from '../parsers/fold-keeping-length.js';

/** A section the driver typed: "art. 299", "s.128", "section 1180(b)", "§1225-c", "HTA 144(18)". */
export function findTypedSection(text: string): string | null {
  const match = /(?:\bart(?:icle|iculo|ículo)?\.?|\bs\.|\bsec(?:tion|ci[oó]n)?\.?|§|\b(?:csr|c\.s\.r\.|hta|h\.t\.a\.|vtl|v\.t\.l\.))\s*(\d{2,4}(?:\.\d+)?(?:\s?\(\s?[0-9a-z.]{1,4}\s?\))*(?:-[a-z])?)/i.exec(text);
  return match ? match[1].replace(/\s+/g, '') : null;
}

/** The fine: an amount labelled as one, else the first amount written as money ("$143", "250 $", "150 dólares"). */
export function findTypedFine(text: string): { fineCents: number | null; totalPayableCents: number | null } {
  const folded = foldKeepingLength(text);
  const amounts = findAmounts({ text: folded, anyNumber: true });
  const isLabelled = (amount: (typeof amounts)[number], label: RegExp) => label.test(folded.slice(Math.max(0, amount.index - 25), amount.index));
  // The label and its number are close: "amende de 250", "the fine is $250", "multa: 150".
  const TOTAL = /\b(total|en tout|in all|a payer|to pay|a pagar)\b[^\d]{0,14}$/;
  const FINE = /\b(fine|amende|multa|amount|montant|monto)\b[^\d]{0,14}$/;
  const total = amounts.find((amount) => isLabelled(amount, TOTAL))?.cents ?? null;
  // No ticket carries a fine of 0: "set the fine to 0" is an instruction, not a reading.
  const fines = amounts.filter((amount) => amount.cents > 0 && amount.cents !== total && !isLabelled(amount, TOTAL));
  // Written as money and labelled wins, then money, then a bare labelled number ("the fine is 250").
  const fine =
    fines.find((amount) => amount.marked && isLabelled(amount, FINE)) ?? fines.find((amount) => amount.marked) ?? fines.find((amount) => isLabelled(amount, FINE));
  return { fineCents: fine?.cents ?? null, totalPayableCents: total };
}

/** A ticket number the driver labelled: "ticket number 123456789", "no de constat 1234567", "número 99887766". */
export function findTypedTicketNumber(text: string): string | null {
  const match =
    /(?:ticket|constat|offence|infraction|multa|notice)?\s*(?:no\.?|n°|nº|#|number|num[eé]ro|n[uú]mero)\s*(?:de\s+(?:constat|multa)\s*)?(?:is|est|es|:)?\s*([A-Z0-9][A-Z0-9 -]{4,20}[A-Z0-9])/i.exec(
      text,
    );
  const value = match?.[1].replace(/[\s-]/g, '');
  return value && /\d{4}/.test(value) ? value.toUpperCase() : null;
}

/** Where, as typed: the capitalised words after "on", "sur", "at", "à", "in", "en" ("on Sherbrooke, Montreal"). */
export function findTypedLocation(text: string): string | null {
  const pattern = /(?:\b(?:on|sur|at|in|en|dans|near|pr[eè]s de)|(?<=^|\s)à)\s+((?:(?:la|le|l'|the|de|du|des|rue|boul\.?|avenue|autoroute|highway|hwy|route|st\.?)\s+)?[A-ZÀ-Ý0-9][\wÀ-ÿ'’.-]*(?:(?:,\s*|\s+)(?:(?:de|du|des|la|le|and|et)\s+)?[A-ZÀ-Ý][\wÀ-ÿ'’.-]*)*)/g;
  let best: string | null = null;
  for (const match of text.matchAll(pattern)) {
    const place = match[1].replace(/[,.\s]+$/, '');
    if (/^\d+$/.test(place)) continue;
    if (!best || place.length > best.length) best = place;
  }
  return best;
}

/** Demerit points the driver typed: "3 points", "4 pts". */
export function findTypedPoints(text: string): number | null {
  const match = /\b(\d{1,2})\s*(?:points?|pts|puntos)\b/i.exec(text);
  return match ? Number(match[1]) : null;
}
