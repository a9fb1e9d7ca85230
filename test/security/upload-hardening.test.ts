import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSmsText } from '../../channels/twilio/to-sms-text.js';
import { translate } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/translate.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { twilioDriver } from '../support/twilio-driver.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

const OUR_QC_NUMBER = '+15145550100';
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

// ---------- hostile files, built here (no binary fixtures) ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 20000×20000 one-bit PNG, all black: ~50 KB on the wire, 1.2 GB once decoded to RGB. */
function pngDecompressionBomb(): Buffer {
  const side = 20_000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc((1 + side / 8) * side); // filter byte 0 then 2500 zero bytes, 20000 times
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real small JPEG whose frame header (SOF0) claims 65000×65000. */
async function jpegWithHugeDimensions(): Promise<Buffer> {
  const jpeg = Buffer.from(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } }).jpeg({ mozjpeg: false }).toBuffer());
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  expect(sof).toBeGreaterThan(0);
  jpeg.writeUInt16BE(65_000, sof + 5); // height
  jpeg.writeUInt16BE(65_000, sof + 7); // width
  return jpeg;
}

/** A GIF whose logical screen and only frame claim 65535×65535. */
async function gifWithHugeDimensions(): Promise<Buffer> {
  const gif = Buffer.from(await sharp({ create: { width: 300, height: 300, channels: 3, background: '#888' } }).gif().toBuffer());
  gif.writeUInt16LE(65_535, 6);
  gif.writeUInt16LE(65_535, 8);
  const descriptor = gif.indexOf(0x2c, 13); // image descriptor: ',' left top width height
  gif.writeUInt16LE(65_535, descriptor + 5);
  gif.writeUInt16LE(65_535, descriptor + 7);
  return gif;
}

/** A one-entry ZIP archive (stored, not deflated): enough for `unzip` and for a sniffer. */
function zipArchive(name = 'payload.html', content = '<script>alert(1)</script>'): Buffer {
  const data = Buffer.from(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(30 + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** A blank Letter page whose JavaScript would run on open, in every place a viewer looks for it. */
async function pdfWithJavaScript(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([612, 792]);
  const action = () => document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('globalThis.__pwned = "pdf"; app.alert(1);') });
  document.catalog.set(PDFName.of('OpenAction'), action());
  document.catalog.set(PDFName.of('Names'), document.context.obj({ JavaScript: document.context.obj({ Names: [PDFString.of('x'), action()] }) }));
  page.node.set(PDFName.of('AA'), document.context.obj({ O: action() }));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

interface HostileFile {
  name: string;
  bytes: Buffer;
  /** What the driver is told, whatever the file claimed to be. */
  replies: MessageKey[];
  /** Filename and Content-Type sent; photo.jpg as image/jpeg unless said. */
  sentAs?: [string, string];
}

async function hostileFiles(): Promise<HostileFile[]> {
  const plainJpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#fff' } }).jpeg().toBuffer();
  const html = Buffer.from('<!doctype html><html><body><script>window.__pwned = "html"</script></body></html>');
  const notRead: MessageKey[] = ['intake.notATicket', 'intake.retake'];
  return [
    { name: 'PNG decompression bomb (20000×20000)', bytes: pngDecompressionBomb(), replies: ['intake.fileTooLarge'] },
    { name: 'JPEG claiming 65000×65000', bytes: await jpegWithHugeDimensions(), replies: ['intake.fileTooLarge'] },
    { name: 'GIF claiming 65535×65535', bytes: await gifWithHugeDimensions(), replies: ['intake.fileTooLarge'] },
    { name: 'TIFF', bytes: await sharp({ create: { width: 400, height: 400, channels: 3, background: '#fff' } }).tiff().toBuffer(), replies: ['media.notAnImage'] },
    { name: 'SVG with a script', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>window.__pwned = "svg"</script><rect width="400" height="400"/></svg>'), replies: ['media.notAnImage'] },
    { name: 'HTML', bytes: html, replies: ['media.notAnImage'] },
    { name: 'Windows executable', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0')]), replies: ['media.notAnImage'] },
    { name: 'ZIP', bytes: zipArchive(), replies: ['media.notAnImage'] },
    { name: 'JPEG + HTML/JS polyglot', bytes: Buffer.concat([plainJpeg, html]), replies: notRead },
    { name: 'PDF + ZIP polyglot', bytes: Buffer.concat([await pdfWithJavaScript(), zipArchive()]), replies: notRead },
    { name: 'PDF with JavaScript (OpenAction, names, page action)', bytes: await pdfWithJavaScript(), replies: notRead },
    { name: 'truncated JPEG', bytes: ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes.subarray(0, 4000), replies: ['intake.retake'] },
  ];
}

/** Raster images we display inline; anything else must be a download. Never HTML, SVG or script. */
const INLINE_IMAGE = /^image\/(jpeg|png|gif|webp|heic|avif)$/;

describe('hostile uploads through the web chat and Twilio MMS (real app)', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  let files: HostileFile[];

  beforeAll(async () => {
    fake = await startFakeTwilio();
    t = await createTestApp({
      clock: createTestClock('2026-10-20T15:00:00Z'),
      env: { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.baseUrl, TWILIO_NUMBER_QC: OUR_QC_NUMBER, MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) },
    });
    files = await hostileFiles();
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('builds real hostile files (the bomb is small on the wire and huge once decoded)', async () => {
    const bomb = files[0]!.bytes;
    expect(bomb.length).toBeLessThan(200_000);
    const header = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect(header).toMatchObject({ format: 'png', width: 20_000, height: 20_000 });
    expect((await sharp(files[1]!.bytes, { limitInputPixels: false }).metadata()).width).toBe(65_000);
    for (const file of files) expect(file.bytes.length, file.name).toBeLessThan(MAX_UPLOAD_BYTES);
  });

  it('web chat: each file, named photo.jpg and sent as image/jpeg, gets its translated answer; the media route never serves it as a page', async () => {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: () => t.settle() });
    const html = files.find((f) => f.name === 'HTML')!;
    const svg = files.find((f) => f.name === 'SVG with a script')!;
    const sent: HostileFile[] = [
      ...files,
      // The same two with their true names and types: still stored and served as inert bytes.
      { ...html, name: 'HTML as text/html', sentAs: ['page.html', 'text/html'] },
      { ...svg, name: 'SVG as image/svg+xml', sentAs: ['image.svg', 'image/svg+xml'] },
    ];
    for (const file of sent) {
      const [filename, contentType] = file.sentAs ?? ['photo.jpg', 'image/jpeg'];
      await chat.upload(file.bytes, filename, contentType).expect(202);
      await t.settle();
      const replies = await chat.newReplies();
      expect(replies, file.name).toHaveLength(1);
      expect(file.replies.map((key) => translate('en', key)), file.name).toContain(replies[0]);
    }
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();

    const uploads = (await chat.transcript()).filter((m) => m.direction === 'in' && m.media.length > 0);
    expect(uploads).toHaveLength(sent.length);
    for (const upload of uploads) {
      const res = await request(t.app.express).get(upload.media[0]!.url).query({ token: chat.token }).expect(200);
      const type = String(res.headers['content-type']);
      expect(type).not.toMatch(/html|svg|xml|javascript/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain('sandbox');
      if (!INLINE_IMAGE.test(type)) expect(res.headers['content-disposition']).toBe('attachment');
    }
    // The JPEG/HTML polyglot is an image, shown as one; the PDF polyglot is a download.
    const types = await Promise.all(uploads.map(async (u) => String((await request(t.app.express).get(u.media[0]!.url).query({ token: chat.token })).headers['content-type'])));
    expect(types[files.findIndex((f) => f.name.startsWith('JPEG + HTML'))]).toBe('image/jpeg');
    expect(types[files.findIndex((f) => f.name.startsWith('PDF + ZIP'))]).toBe('application/pdf');
    for (const name of ['HTML', 'HTML as text/html', 'SVG as image/svg+xml']) expect(types[sent.findIndex((f) => f.name === name)], name).toBe('application/octet-stream');

    // Still responsive: typed details are read right after.
    await chat.say('speeding 78 in a 50 on Sherbrooke, Montreal, $143').expect(202);
    await t.settle();
    expect((await chat.newReplies())[0]).toContain('Here is what I read on your ticket:');
  });

  it('web chat: an empty file is refused (400), one over the cap is refused (413), nothing is stored', async () => {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: () => t.settle() });
    const before = await t.db.prisma.message.count();
    const empty = await chat.upload(Buffer.alloc(0), 'photo.jpg', 'image/jpeg').expect(400);
    expect(empty.body).toEqual({ error: { code: 'empty_message', message: expect.any(String) } });
    const tooBig = await chat.upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff), 'photo.jpg', 'image/jpeg').expect(413);
    expect(tooBig.body.error.code).toBe('file_too_large');
    expect(await t.db.prisma.message.count()).toBe(before);
  });

  it('Twilio MMS: the same files served by Twilio as image/jpeg get the same answers; nothing is stored with an executable type', async () => {
    const from = '+15145557001';
    const d = twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from, to: OUR_QC_NUMBER, accountSid: fake.accountSid });
    await d.text('Hi').expect(200);
    await d.text('yes').expect(200);
    await t.settle();
    const cases: HostileFile[] = [
      ...files,
      { name: 'empty file', bytes: Buffer.alloc(0), replies: ['media.notAnImage'] },
      { name: 'over the size cap', bytes: Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff), replies: ['intake.fileTooLarge'] },
    ];
    for (const [index, file] of cases.entries()) {
      fake.sent.length = 0;
      fake.media.set(`ME${index}`, { data: file.bytes, contentType: 'image/jpeg' });
      await d.media([{ url: `${fake.baseUrl}/media/ME${index}`, contentType: 'image/jpeg' }]).expect(200);
      await t.settle();
      expect(fake.sent.map((m) => m.body), file.name).toHaveLength(1);
      expect(file.replies.map((key) => toSmsText(translate('en', key))), file.name).toContain(fake.sent[0]!.body);
    }
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { channel: 'sms', address: from } });
    const inbound = await t.db.prisma.message.findMany({ where: { conversationId: conversation.id, direction: 'in' } });
    const storedTypes = inbound.flatMap((m) => (Array.isArray(m.media) ? (m.media as { contentType?: string }[]) : [])).map((item) => item.contentType ?? '');
    expect(storedTypes.length).toBeGreaterThanOrEqual(files.length);
    for (const type of storedTypes) expect(type).toMatch(/^(image\/(jpeg|png|gif)|application\/(pdf|octet-stream))$/);

    fake.sent.length = 0;
    await d.text('speeding 78 in a 50 on Sherbrooke, Montreal, $143').expect(200);
    await t.settle();
    expect(fake.sent.at(-1)?.body).toContain('- Jurisdiction: Quebec');
  });
});
