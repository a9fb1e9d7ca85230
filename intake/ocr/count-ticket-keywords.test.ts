import { describe, expect, it } from 'vitest';
import { countTicketKeywords } from './count-ticket-keywords.js';

describe('countTicketKeywords', () => {
  it('counts distinct ticket words, ignoring case and accents', () => {
    expect(countTicketKeywords({ text: "CONSTAT D'INFRACTION — Code de la securite routiere, amende" })).toBe(6);
  });

  it('finds none in what upside-down text reads as', () => {
    expect(countTicketKeywords({ text: "NOILLOVYANIO 1V1SNOD $ 00‘EbT :apuauly" })).toBe(0);
  });
});
