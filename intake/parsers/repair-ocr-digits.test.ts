import { describe, expect, it } from 'vitest';
import { repairOcrDigits } from './repair-ocr-digits.js';

describe('repairOcrDigits', () => {
  it.each([
    ['Amende l43,OO $', 'Amende 143,00 $'],
    ['Date 2O24-1O-O4', 'Date 2024-10-04'],
    ['Vitesse S0 km/h zone 5O', 'Vitesse 50 km/h zone 50'],
  ])('turns look-alike letters in numbers back into digits: %s', (text, repaired) => {
    expect(repairOcrDigits({ text })).toBe(repaired);
  });

  it.each(['SOLD OUT', 'Oct 4', 's.128', 'VTL 1180D', 'HTA 1180B', '|106(2)', 'Il a payé'])('leaves words and section letters alone: %s', (text) => {
    expect(repairOcrDigits({ text })).toBe(text);
  });
});
