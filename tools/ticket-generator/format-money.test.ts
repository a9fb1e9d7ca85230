import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.js';

describe('formatMoney', () => {
  it('prints Quebec and English amounts as the forms do', () => {
    expect(formatMoney(14300, 'fr')).toBe('143,00 $');
    expect(formatMoney(114305, 'fr')).toBe('1 143,05 $');
    expect(formatMoney(14300, 'en')).toBe('$143.00');
    expect(formatMoney(114305, 'en')).toBe('$1,143.05');
    expect(formatMoney(5, 'en')).toBe('$0.05');
  });
});
