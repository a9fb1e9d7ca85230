import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { normaliseTicketImage } from './normalise-ticket-image.js';
import { readPixel } from './test-support/read-pixel.js';
import { TicketFileError } from './ticket-file-error.js';

describe('normaliseTicketImage', () => {
  it('takes raw RGBA pixels (what heic-decode gives) and flattens their alpha on white', async () => {
    const width = 300;
    const height = 200;
    const data = Buffer.alloc(width * height * 4); // transparent black
    for (let i = 0; i < width * height; i += 1) if (i % width < 150) data.set([10, 10, 10, 255], i * 4);

    const image = await normaliseTicketImage({ input: data, raw: { width, height, channels: 4 }, sourceType: 'heic' });

    expect(image).toMatchObject({ width, height, sourceType: 'heic', mediaType: 'image/jpeg' });
    expect(image.pageCount).toBeUndefined();
    expect((await readPixel({ image: image.jpeg, x: 50, y: 100 }))[0]).toBeLessThan(40);
    expect((await readPixel({ image: image.jpeg, x: 250, y: 100 }))[0]).toBeGreaterThan(245);
    expect(await sharp(image.ocrImage.png).metadata()).toMatchObject({ channels: 1, width, height });
    expect((await readPixel({ image: image.ocrImage.png, x: 250, y: 100 }))[0]).toBeGreaterThan(245);
  });

  it('never enlarges a small image', async () => {
    const input = await sharp({ create: { width: 400, height: 250, channels: 3, background: '#336699' } }).png().toBuffer();
    const image = await normaliseTicketImage({ input, sourceType: 'png', pageCount: undefined });
    expect(image).toMatchObject({ width: 400, height: 250, ocrImage: { width: 400, height: 250 } });
  });

  it('converts a CMYK JPEG to sRGB', async () => {
    const input = await sharp({ create: { width: 300, height: 300, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await sharp(input).metadata()).space).toBe('cmyk');

    const image = await normaliseTicketImage({ input, sourceType: 'jpeg' });

    expect(await sharp(image.jpeg).metadata()).toMatchObject({ space: 'srgb', channels: 3 });
    const [r, g, b] = await readPixel({ image: image.jpeg, x: 150, y: 150 });
    expect(r).toBeGreaterThan(150);
    expect(Math.max(g, b)).toBeLessThan(90);
  });

  it('says too_large when the JPEG cannot get under the API limit', async () => {
    const input = await sharp({ create: { width: 1000, height: 800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer();
    const error = await normaliseTicketImage({ input, sourceType: 'png', apiMaxBase64Bytes: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TicketFileError);
    expect((error as TicketFileError).code).toBe('too_large');
  });
});
