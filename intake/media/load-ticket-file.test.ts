import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadTicketFile } from './load-ticket-file.js';
import { makeTestPdf, type TestPdfPage } from './test-support/make-test-pdf.js';
import { readPixel } from './test-support/read-pixel.js';
import { TicketFileError } from './ticket-file-error.js';

const MAX_BYTES = 20 * 1024 * 1024;
const RED = { r: 220, g: 20, b: 20 };
const BLUE = { r: 20, g: 20, b: 220 };

/** Left half red, right half blue: shows where the pixels went after a rotation. */
async function twoColourImage(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: BLUE } }).composite([
    { input: await sharp({ create: { width: width / 2, height, channels: 3, background: RED } }).png().toBuffer(), left: 0, top: 0 },
  ]);
}

function isReddish([r, g, b]: number[]) {
  return r > 150 && g < 90 && b < 90;
}
function isBluish([r, g, b]: number[]) {
  return b > 150 && r < 90 && g < 90;
}

async function loadError(promise: Promise<unknown>): Promise<TicketFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TicketFileError);
  return error as TicketFileError;
}

async function pdfPage(colour: typeof RED, text: string): Promise<TestPdfPage> {
  const bytes = await sharp({ create: { width: 200, height: 100, channels: 3, background: colour } }).jpeg().toBuffer();
  return { jpeg: { bytes, width: 200, height: 100 }, imageBox: { x: 72, y: 500, width: 400, height: 200 }, text };
}

describe('loadTicketFile', () => {
  it('turns a JPEG with EXIF orientation 6 upright: width and height swap, the left side ends on top', async () => {
    const bytes = await (await twoColourImage(400, 300)).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(bytes).metadata()).orientation).toBe(6);

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image).toMatchObject({ sourceType: 'jpeg', mediaType: 'image/jpeg', width: 300, height: 400 });
    expect((await sharp(image.jpeg).metadata()).orientation).toBeUndefined();
    expect(isReddish(await readPixel({ image: image.jpeg, x: 150, y: 20 }))).toBe(true);
    expect(isBluish(await readPixel({ image: image.jpeg, x: 150, y: 380 }))).toBe(true);
    expect(image.ocrImage).toMatchObject({ width: 300, height: 400 });
  });

  it('flattens a PNG with alpha on white', async () => {
    const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
    const bytes = await sharp({ create: { width: 300, height: 300, channels: 4, background: transparent } })
      .composite([{ input: await sharp({ create: { width: 100, height: 300, channels: 4, background: { ...RED, alpha: 1 } } }).png().toBuffer(), left: 0, top: 0 }])
      .png()
      .toBuffer();

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image.sourceType).toBe('png');
    const [r, g, b] = await readPixel({ image: image.jpeg, x: 250, y: 150 });
    expect(Math.min(r, g, b)).toBeGreaterThan(245);
    expect(isReddish(await readPixel({ image: image.jpeg, x: 50, y: 150 }))).toBe(true);
    expect((await sharp(image.jpeg).metadata()).channels).toBe(3);
  });

  it('reads a WebP', async () => {
    const bytes = await (await twoColourImage(640, 480)).webp().toBuffer();
    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });
    expect(image).toMatchObject({ sourceType: 'webp', width: 640, height: 480 });
    expect((await sharp(image.jpeg).metadata()).format).toBe('jpeg');
  });

  it('reads the first frame of an animated GIF', async () => {
    const frames = Buffer.concat([
      await sharp({ create: { width: 300, height: 300, channels: 3, background: RED } }).raw().toBuffer(),
      await sharp({ create: { width: 300, height: 300, channels: 3, background: BLUE } }).raw().toBuffer(),
    ]);
    const bytes = await sharp(frames, { raw: { width: 300, height: 600, channels: 3, pageHeight: 300 } }).gif().toBuffer();
    expect((await sharp(bytes).metadata()).pages).toBe(2);

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image).toMatchObject({ sourceType: 'gif', width: 300, height: 300 });
    expect(isReddish(await readPixel({ image: image.jpeg, x: 150, y: 150 }))).toBe(true);
  });

  it('reads an AVIF with sharp', async () => {
    const bytes = await (await twoColourImage(400, 300)).avif().toBuffer();
    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });
    expect(image).toMatchObject({ sourceType: 'avif', width: 400, height: 300 });
    expect(isReddish(await readPixel({ image: image.jpeg, x: 50, y: 150 }))).toBe(true);
  });

  it('decodes an iPhone-style HEIC (HEVC) with heic-decode, which sharp alone cannot', async () => {
    // fixtures/ticket-sample.heic: 320×240, left half red, right half blue, encoded with libheif's heif-enc (x265).
    const bytes = await readFile(new URL('./fixtures/ticket-sample.heic', import.meta.url));
    await expect(sharp(bytes).png().toBuffer()).rejects.toThrow();

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image).toMatchObject({ sourceType: 'heic', width: 320, height: 240 });
    expect(isReddish(await readPixel({ image: image.jpeg, x: 40, y: 120 }))).toBe(true);
    expect(isBluish(await readPixel({ image: image.jpeg, x: 280, y: 120 }))).toBe(true);
  });

  it('downsizes a 6000×4000 photo within the vision limits and keeps more pixels for the OCR', async () => {
    const bytes = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: { r: 120, g: 140, b: 160 } } }).jpeg().toBuffer();

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(1568);
    expect(image.width * image.height).toBeLessThanOrEqual(1_150_000);
    expect(image.width / image.height).toBeCloseTo(1.5, 2);
    expect(image.jpeg.length).toBeLessThan(5 * 1024 * 1024);
    expect(await sharp(image.jpeg).metadata()).toMatchObject({ width: image.width, height: image.height, format: 'jpeg' });
    expect(image.ocrImage).toMatchObject({ width: 2400, height: 1600 });
    expect(await sharp(image.ocrImage.png).metadata()).toMatchObject({ format: 'png', channels: 1, width: 2400, height: 1600 });
  });

  it('renders the first page of a one-page PDF at about 200 dpi', async () => {
    const bytes = makeTestPdf({ pages: [await pdfPage(RED, 'Constat d\'infraction 123')] });

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image).toMatchObject({ sourceType: 'pdf', pageCount: 1 });
    // US Letter at 200 dpi is 1700×2200: the OCR copy keeps it whole, the API copy is scaled to ~1.15 MP.
    expect(image.ocrImage).toMatchObject({ width: 1700, height: 2200 });
    expect(image.width / image.height).toBeCloseTo(1700 / 2200, 2);
    expect(image.width * image.height).toBeLessThanOrEqual(1_150_000);
    expect(image.width * image.height).toBeGreaterThan(1_100_000);
    // The image sits at x 72..472 pt, y 92..292 pt from the top: its middle is (272, 192) pt.
    const scale = image.width / 612;
    expect(isReddish(await readPixel({ image: image.jpeg, x: Math.round(272 * scale), y: Math.round(192 * scale) }))).toBe(true);
    const [paper] = await readPixel({ image: image.ocrImage.png, x: 1600, y: 2100 });
    expect(paper).toBeGreaterThan(245);
    // The text line under the image is drawn: some dark pixels between y 340 and 380 pt.
    const { data } = await sharp(image.ocrImage.png)
      .extract({ left: Math.round(72 * (200 / 72)), top: Math.round(330 * (200 / 72)), width: 600, height: Math.round(50 * (200 / 72)) })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data.reduce((darkest, value) => Math.min(darkest, value), 255)).toBeLessThan(80);
  });

  it('reports the page count of a two-page PDF and renders page 1', async () => {
    const bytes = makeTestPdf({ pages: [await pdfPage(RED, 'Page one'), await pdfPage(BLUE, 'Page two')] });

    const image = await loadTicketFile({ bytes, maxBytes: MAX_BYTES });

    expect(image.pageCount).toBe(2);
    const scale = image.width / 612;
    expect(isReddish(await readPixel({ image: image.jpeg, x: Math.round(272 * scale), y: Math.round(192 * scale) }))).toBe(true);
  });

  it('rejects a password-protected PDF as corrupt', async () => {
    const bytes = makeTestPdf({ pages: [await pdfPage(RED, 'Secret')], encrypted: true });
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('corrupt');
  });

  it('rejects a broken PDF as corrupt', async () => {
    const bytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('corrupt');
  });

  it('rejects a truncated JPEG as corrupt', async () => {
    const noise = await sharp({ create: { width: 800, height: 600, channels: 3, background: RED, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg()
      .toBuffer();
    const bytes = noise.subarray(0, Math.floor(noise.length / 2));
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('corrupt');
  });

  it('rejects random bytes as unsupported_type', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('unsupported_type');
  });

  it('rejects a file over maxBytes as too_large before decoding it', async () => {
    // JPEG magic then garbage: decoding it would say corrupt.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 0x41)]);
    expect((await loadError(loadTicketFile({ bytes, maxBytes: 1024 }))).code).toBe('too_large');
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('corrupt');
  });

  it('rejects an image under 200 px on a side as too_small', async () => {
    const bytes = await sharp({ create: { width: 640, height: 150, channels: 3, background: RED } }).png().toBuffer();
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES }))).code).toBe('too_small');
  });

  it('rejects a decompression bomb (too many pixels) as too_large', async () => {
    const bytes = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: RED } }).png().toBuffer();
    expect((await loadError(loadTicketFile({ bytes, maxBytes: MAX_BYTES, maxInputPixels: 4_000_000 }))).code).toBe('too_large');
  });
});
