import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preprocessForOcr, type PreparedImage } from './preprocess-for-ocr.js';
import { renderTextImage } from './render-text-image.js';

function meanOfRegion({ pixels, width }: PreparedImage, region: { left: number; top: number; size: number }): number {
  let total = 0;
  for (let y = region.top; y < region.top + region.size; y++) {
    for (let x = region.left; x < region.left + region.size; x++) total += pixels[y * width + x];
  }
  return total / region.size ** 2;
}

describe('preprocessForOcr', () => {
  it('evens out a shadow: the paper is as white in the dark corner as in the light one', async () => {
    const image = await renderTextImage({ lines: ['Amende 143,00 $'], shadow: true });
    const shaded = await sharp(image).greyscale().raw().toBuffer();
    expect(shaded[1599 * 1200 + 1150]).toBeLessThan(150);
    const prepared = await preprocessForOcr({ image });
    const lightCorner = meanOfRegion(prepared, { left: 20, top: prepared.height - 400, size: 100 });
    const darkCorner = meanOfRegion(prepared, { left: prepared.width - 120, top: prepared.height - 120, size: 100 });
    expect(lightCorner).toBeGreaterThan(235);
    expect(darkCorner).toBeGreaterThan(235);
  });

  it('keeps the ink dark', async () => {
    const prepared = await preprocessForOcr({ image: await renderTextImage({ lines: ['████████'], fontSize: 60, shadow: true }) });
    const darkest = prepared.pixels.reduce((min, value) => Math.min(min, value), 255);
    expect(darkest).toBeLessThan(40);
  });

  it('enlarges a small image and shrinks a huge one', async () => {
    const small = await sharp({ create: { width: 400, height: 600, channels: 3, background: 'white' } }).png().toBuffer();
    expect(await preprocessForOcr({ image: small })).toMatchObject({ width: 1000, height: 1500 });
    const huge = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: 'white' } }).jpeg().toBuffer();
    expect(await preprocessForOcr({ image: huge })).toMatchObject({ width: 2600, height: 1950 });
  });

  it('applies the EXIF orientation a phone writes', async () => {
    const landscape = await sharp({ create: { width: 1800, height: 1600, channels: 3, background: 'white' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await preprocessForOcr({ image: landscape })).toMatchObject({ width: 1600, height: 1800 });
  });
});
