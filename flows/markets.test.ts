import { describe, expect, it } from 'vitest';
import { marketOf } from './markets.js';

describe('marketOf', () => {
  it('reads a stored market or jurisdiction in any case; Quebec, the firm seat, when unknown', () => {
    expect(marketOf('ON')).toBe('on');
    expect(marketOf('ny')).toBe('ny');
    expect(marketOf(null)).toBe('qc');
    expect(marketOf('BC')).toBe('qc');
  });
});
