import { describe, expect, it } from 'vitest';
import { describeTaxLine } from './describe-tax-line.js';

describe('describeTaxLine', () => {
  it('names the Canadian taxes the French way in French, with the rate written the reader’s way', () => {
    expect(describeTaxLine('fr', { name: 'GST', rate: '5' })).toBe('TPS (5 %)');
    expect(describeTaxLine('fr', { name: 'QST', rate: '9.975' })).toBe('TVQ (9,975 %)');
    expect(describeTaxLine('fr', { name: 'HST', rate: '13' })).toBe('TVH (13 %)');
    expect(describeTaxLine('en', { name: 'GST', rate: '5' })).toBe('GST (5%)');
    expect(describeTaxLine('en', { name: 'QST', rate: '9.975' })).toBe('QST (9.975%)');
    expect(describeTaxLine('es', { name: 'GST', rate: '5' })).toBe('GST (5%)');
  });
});
