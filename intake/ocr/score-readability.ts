import { countTicketKeywords } from './count-ticket-keywords.js';

export interface ScoredWord {
  text: string;
  /** 0..100, as tesseract gives it. */
  confidence: number;
}

// A word tesseract is sure of, of three letters or more with a vowel: what
// upright text is made of and what sideways or upside-down text read as
// upright almost never gives.
const REAL_WORD = /^[A-Za-zÀ-ÿ'’-]{3,}$/;
const VOWEL = /[aeiouyàâäéèêëîïôöûùüAEIOUYÀÂÉÈÊËÎÏÔÛÙ]/;
const SURE = 85;

/**
 * How much readable text a recognition holds: its sure real words, plus
 * twice its ticket words. tesseract's mean confidence will not do: an empty
 * or nearly empty page scores 95.
 */
export function scoreReadability({ text, words }: { text: string; words: readonly ScoredWord[] }): number {
  const sure = words.filter((word) => word.confidence >= SURE && REAL_WORD.test(word.text) && VOWEL.test(word.text)).length;
  return sure + 2 * countTicketKeywords({ text });
}
