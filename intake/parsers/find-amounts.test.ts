import { describe, expect, it } from 'vitest';
import { findAmounts } from './find-amounts.js';

const cents = (text: string, anyNumber = false) => findAmounts({ text, anyNumber }).map((amount) => amount.cents);

describe('findAmounts', () => {
  it.each([
    ['Amende : 143,00 $', [14300]],
    ['Set fine $143.00', [14300]],
    ['Total 1 143,00 $', [114300]],
    ['TOTAL $1,143.00', [114300]],
    ['$ 1.143,50', [114350]],
    ['250$', [25000]],
    ['150 dólares', [15000]],
    ['143 00 $', [14300]],
    ['Frais 96,00$ Total 288,00$', [9600, 28800]],
    ['1$200.00 $240.00', [20000, 24000]],
  ])('%s', (text, expected) => {
    expect(cents(text)).toEqual(expected);
  });

  it('does not take speeds, dates or counts for money unless asked', () => {
    expect(cents('78 km/h zone 50, le 2024-10-04, FINE 0')).toEqual([]);
    expect(cents('fine 325', true)).toEqual([32500]);
  });
});
