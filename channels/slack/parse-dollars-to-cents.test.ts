import { describe, expect, it } from 'vitest';
import { parseDollarsToCents } from './parse-dollars-to-cents.js';

describe('parseDollarsToCents', () => {
  it.each([
    ['125.50', 12550],
    ['125.5', 12550],
    ['125', 12500],
    ['0.29', 29],
    ['125,50', 12550],
  ])('%s → %i cents', (value, cents) => expect(parseDollarsToCents(value)).toBe(cents));

  it.each(['', '-5', '1.234', 'abc', '1e3'])('refuses %j', (value) => expect(parseDollarsToCents(value)).toBeNull());
});
