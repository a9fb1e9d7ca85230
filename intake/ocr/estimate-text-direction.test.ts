import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateTextDirection } from './estimate-text-direction.js';
import { preprocessForOcr } from './preprocess-for-ocr.js';
import { renderTextImage } from './render-text-image.js';

const LINES = ['Offence Notice', 'Highway Traffic Act', 'Set fine $110.00', 'Total payable $145.00', 'Toronto, Ontario', 'Date 2024/10/04'];

describe('estimateTextDirection', () => {
  it.each([
    [0, 'horizontal'],
    [180, 'horizontal'],
    [90, 'vertical'],
    [270, 'vertical'],
  ] as const)('calls text turned %i° %s', async (rotation, direction) => {
    const prepared = await preprocessForOcr({ image: await renderTextImage({ lines: LINES, rotation }) });
    expect(await estimateTextDirection(prepared)).toBe(direction);
  });

  it('does not guess on a blank page', async () => {
    const blank = await sharp({ create: { width: 600, height: 800, channels: 3, background: 'white' } }).png().toBuffer();
    expect(await estimateTextDirection(await preprocessForOcr({ image: blank }))).toBe('unknown');
  });
});
