import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaStore, type MediaStore } from './create-media-store.js';

describe('createMediaStore: the stored type comes from the bytes', () => {
  let directory: string;
  let store: MediaStore;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 't911-media-'));
    store = createMediaStore({ directory });
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    ['an HTML page sent as text/html', Buffer.from('<html><script>alert(1)</script></html>'), 'text/html'],
    ['an SVG with a script sent as image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
    ['JavaScript sent as application/javascript', Buffer.from('alert(1)'), 'application/javascript'],
    ['an HTML page named photo.jpg', Buffer.from('<!doctype html><p>hi'), 'image/jpeg'],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'application/zip'],
  ])('stores %s as application/octet-stream', async (_name, data, declaredType) => {
    const saved = await store.save({ data, declaredType });
    expect(saved.contentType).toBe('application/octet-stream');
    expect((await store.read(saved.id))?.contentType).toBe('application/octet-stream');
  });

  it('keeps the sniffed type of a real JPEG (whatever was declared) and of a PDF', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    expect((await store.save({ data: jpeg, declaredType: 'text/html' })).contentType).toBe('image/jpeg');
    expect((await store.save({ data: Buffer.from('%PDF-1.4\n'), declaredType: 'image/png' })).contentType).toBe('application/pdf');
  });
});
