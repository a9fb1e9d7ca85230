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

  it('keeps the ink dark, also in the shadow', async () => {
    const prepared = await preprocessForOcr({ image: await renderTextImage({ lines: Array.from({ length: 12 }, () => 'Amende 143,00 $'), shadow: true }) });
    const bottomHalf = prepared.pixels.subarray(prepared.pixels.length / 2);
    const darkest = bottomHalf.reduce((min, value) => Math.min(min, value), 255);
    expect(darkest).toBeLessThan(60);
  });

  it('blanks the ruled lines of the form', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1400"><rect width="100%" height="100%" fill="#f4f1ea"/><rect x="100" y="100" width="800" height="300" fill="none" stroke="#222" stroke-width="3"/></svg>`;
    const prepared = await preprocessForOcr({ image: await sharp(Buffer.from(svg)).png().toBuffer() });
    expect(prepared.pixels.reduce((min, value) => Math.min(min, value), 255)).toBeGreaterThan(200);
  });

  it('enlarges a small image and shrinks a huge one', async () => {
    const small = await sharp({ create: { width: 400, height: 600, channels: 3, background: 'white' } }).png().toBuffer();
    expect(await preprocessForOcr({ image: small })).toMatchObject({ width: 1000, height: 1500 });
    const huge = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: 'white' } }).jpeg().toBuffer();
    expect(await preprocessForOcr({ image: huge })).toMatchObject({ width: 2600, height: 1950 });
  });

  it('applies the EXIF orientation a phone writes', async () => {
    const landscape = await sharp({ create: { width: 2400, height: 2000, channels: 3, background: 'white' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await preprocessForOcr({ image: landscape })).toMatchObject({ width: 2000, height: 2400 });
  });
});
