import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeTestPdf } from './test-support/make-test-pdf.js';
import { sniffTicketFileType } from './sniff-ticket-file-type.js';

function ftyp(major: string, ...compatible: string[]) {
  const brands = Buffer.from([major, '\0\0\0\0', ...compatible].join(''), 'latin1');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + brands.length);
  return Buffer.concat([size, Buffer.from('ftyp', 'latin1'), brands, Buffer.alloc(64)]);
}

describe('sniffTicketFileType', () => {
  it('names each image type from its bytes', async () => {
    const image = sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } });
    expect(sniffTicketFileType({ bytes: await image.clone().jpeg().toBuffer() })).toBe('jpeg');
    expect(sniffTicketFileType({ bytes: await image.clone().png().toBuffer() })).toBe('png');
    expect(sniffTicketFileType({ bytes: await image.clone().webp().toBuffer() })).toBe('webp');
    expect(sniffTicketFileType({ bytes: await image.clone().gif().toBuffer() })).toBe('gif');
    expect(sniffTicketFileType({ bytes: await image.clone().avif().toBuffer() })).toBe('avif');
    expect(sniffTicketFileType({ bytes: await readFile(new URL('./fixtures/ticket-sample.heic', import.meta.url)) })).toBe('heic');
  });

  it('knows a PDF whatever it is called, even with junk before its header', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const pdf = makeTestPdf({ pages: [{ jpeg: { bytes: jpeg, width: 8, height: 8 }, imageBox: { x: 0, y: 100, width: 8, height: 8 }, text: 'x' }] });
    expect(sniffTicketFileType({ bytes: pdf })).toBe('pdf');
    expect(sniffTicketFileType({ bytes: Buffer.concat([Buffer.from('\r\n\0junk'), pdf]) })).toBe('pdf');
  });

  it('tells HEIC from AVIF by the ftyp brands, including mif1 files that list one as compatible', () => {
    expect(sniffTicketFileType({ bytes: ftyp('heic', 'mif1', 'heic') })).toBe('heic');
    expect(sniffTicketFileType({ bytes: ftyp('heix', 'mif1') })).toBe('heic');
    expect(sniffTicketFileType({ bytes: ftyp('mif1', 'heic') })).toBe('heic');
    expect(sniffTicketFileType({ bytes: ftyp('avif', 'mif1', 'miaf') })).toBe('avif');
    expect(sniffTicketFileType({ bytes: ftyp('mif1', 'avif', 'miaf') })).toBe('avif');
  });

  it('returns null for what we do not read: an MP4 video, text, too few bytes', () => {
    expect(sniffTicketFileType({ bytes: ftyp('isom', 'iso2', 'mp41') })).toBeNull();
    expect(sniffTicketFileType({ bytes: Buffer.from('Bonjour, voici mon constat') })).toBeNull();
    expect(sniffTicketFileType({ bytes: Buffer.from([0xff, 0xd8]) })).toBeNull();
    expect(sniffTicketFileType({ bytes: Buffer.alloc(0) })).toBeNull();
  });
});
