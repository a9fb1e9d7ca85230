import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeHeicImage } from './decode-heic-image.js';
import { TicketFileError } from './ticket-file-error.js';

const fixture = () => readFile(new URL('./fixtures/ticket-sample.heic', import.meta.url));

/** The same file with its image spatial extents (ispe) claiming another size: what a forged header looks like. */
function withDeclaredSize(bytes: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf('ispe', 0, 'latin1');
  expect(at).toBeGreaterThan(0);
  // 'ispe', version and flags (4 bytes), then width and height as 32-bit big-endian.
  copy.writeUInt32BE(width, at + 8);
  copy.writeUInt32BE(height, at + 12);
  return copy;
}

describe('decodeHeicImage', () => {
  it('decodes the fixture (320×240) to RGBA', async () => {
    const image = await decodeHeicImage({ bytes: await fixture() });
    expect(image).toMatchObject({ width: 320, height: 240, channels: 4 });
    expect(image.data.length).toBe(320 * 240 * 4);
  });

  it('refuses a header claiming 60000×60000 before allocating its 14 GB of pixels', async () => {
    const error = await decodeHeicImage({ bytes: withDeclaredSize(await fixture(), 60_000, 60_000) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TicketFileError);
    expect((error as TicketFileError).code).toBe('too_large');
  });

  it('applies the caller’s pixel limit', async () => {
    const error = await decodeHeicImage({ bytes: await fixture(), maxPixels: 320 * 240 - 1 }).catch((e: unknown) => e);
    expect((error as TicketFileError).code).toBe('too_large');
  });
});
