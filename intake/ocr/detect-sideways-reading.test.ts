import { describe, expect, it } from 'vitest';
import { detectSidewaysReading } from './detect-sideways-reading.js';

const word = (text: string, x0: number, y0: number, x1: number, y1: number) => ({ text, bbox: { x0, y0, x1, y1 } });

describe('detectSidewaysReading', () => {
  it('sees nothing turned in flat words', () => {
    const lines = [{ words: [word('Amende', 10, 10, 130, 40), word('143,00', 140, 10, 250, 40)] }, { words: [word('Frais', 10, 60, 100, 90)] }];
    expect(detectSidewaysReading({ lines })).toBeNull();
  });

  it('tells a quarter turn clockwise (words follow downwards) from anticlockwise (upwards)', () => {
    const down = [{ words: [word('Amende', 500, 10, 530, 130), word('143,00', 500, 140, 530, 250)] }, { words: [word('Frais', 450, 10, 480, 100), word('96,00', 450, 110, 480, 200)] }];
    expect(detectSidewaysReading({ lines: down })).toBe(90);
    const up = [{ words: [word('Amende', 10, 400, 40, 520), word('143,00', 10, 280, 40, 390)] }, { words: [word('Frais', 60, 400, 90, 490), word('96,00', 60, 300, 90, 390)] }];
    expect(detectSidewaysReading({ lines: up })).toBe(270);
  });
});
