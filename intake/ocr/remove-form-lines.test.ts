import { describe, expect, it } from 'vitest';
import { removeFormLines } from './remove-form-lines.js';

function blank(width: number, height: number): Buffer {
  return Buffer.alloc(width * height, 255);
}

describe('removeFormLines', () => {
  it('whitens a long rule, even slightly tilted, and keeps short strokes', () => {
    const [width, height] = [200, 60];
    const pixels = blank(width, height);
    // A rule drifting one row every 50 px.
    for (let x = 10; x < 190; x++) pixels[(20 + Math.floor(x / 50)) * width + x] = 0;
    // A letter-sized stroke.
    for (let y = 40; y < 55; y++) pixels[y * width + 100] = 0;
    const cleaned = removeFormLines({ pixels, width, height, minLength: 40 });
    expect([...cleaned.subarray(20 * width, 25 * width)].every((value) => value === 255)).toBe(true);
    expect(cleaned[45 * width + 100]).toBe(0);
  });

  it('whitens a long vertical rule', () => {
    const [width, height] = [40, 120];
    const pixels = blank(width, height);
    for (let y = 5; y < 115; y++) pixels[y * width + 20] = 0;
    const cleaned = removeFormLines({ pixels, width, height, minLength: 40 });
    expect(cleaned.every((value) => value === 255)).toBe(true);
  });
});
