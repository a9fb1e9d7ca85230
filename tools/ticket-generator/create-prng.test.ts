import { describe, expect, it } from 'vitest';
import { createPrng } from './create-prng.js';

describe('createPrng', () => {
  it('repeats its sequence for a seed and a label, and differs across them', () => {
    const draw = (seed: number, label?: string) => {
      const prng = createPrng(seed, label);
      return Array.from({ length: 5 }, () => prng.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
  });

  it('keeps integers within inclusive bounds and reaches both ends', () => {
    const prng = createPrng(9);
    const seen = new Set(Array.from({ length: 500 }, () => prng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('forks child streams that do not depend on later draws of the parent', () => {
    const a = createPrng(5);
    const childA = a.fork('photo');
    a.next();
    const b = createPrng(5);
    const childB = b.fork('photo');
    expect(childA.next()).toBe(childB.next());
  });
});
