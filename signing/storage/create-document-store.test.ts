import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentStore } from './create-document-store.js';

const KEY = 'signatures/2026/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/signed.pdf';
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'));
const S3 = {
  bucket: 't911-docs',
  region: 'ca-central-1',
  endpoint: 'https://s3.test.example',
  forcePathStyle: true,
  accessKeyId: 'AKIAT911EXAMPLENOTREAL',
  secretAccessKey: 'wJalrXUtnT911/EXAMPLE/notARealSecretKey00',
};

let dataDirectory: string;

beforeAll(() => nock.disableNetConnect());
beforeEach(async () => {
  dataDirectory = await mkdtemp(path.join(tmpdir(), 't911-data-'));
});
afterEach(async () => {
  const done = nock.isDone();
  nock.cleanAll();
  await rm(dataDirectory, { recursive: true, force: true });
  expect(done).toBe(true);
});
afterAll(() => nock.enableNetConnect());

describe('createDocumentStore', () => {
  it('keeps documents as files under <dataDirectory>/documents without S3', async () => {
    for (const s3 of [undefined, null]) {
      const store = createDocumentStore({ s3, dataDirectory });
      await store.put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

      expect(store.kind).toBe('filesystem');
      expect(new Uint8Array(await readFile(path.join(dataDirectory, 'documents', ...KEY.split('/'))))).toEqual(PDF);
    }
  });

  it('uses the configured S3 bucket when S3 is given, writing nothing locally', async () => {
    nock(S3.endpoint).put(`/${S3.bucket}/${KEY}`).query({ 'x-id': 'PutObject' }).reply(200, '');

    const store = createDocumentStore({ s3: S3, dataDirectory });
    await store.put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(store.kind).toBe('s3');
    await expect(readFile(path.join(dataDirectory, 'documents', ...KEY.split('/')))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
