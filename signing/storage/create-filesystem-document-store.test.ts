import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFilesystemDocumentStore } from './create-filesystem-document-store.js';
import { documentStoreRejection } from './test-support/document-store-rejection.js';

const KEY = 'signatures/2026/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/signed.pdf';
// Real PDFs start with a binary comment line, so the bytes are not valid UTF-8.
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n', 'latin1'));
const OTHER_PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj<</Type/Catalog/Lang(fr)>>endobj\n%%EOF\n', 'latin1'));

let workDirectory: string;
let root: string;

beforeEach(async () => {
  workDirectory = await mkdtemp(path.join(tmpdir(), 't911-documents-'));
  root = path.join(workDirectory, 'documents');
});
afterEach(async () => {
  await rm(workDirectory, { recursive: true, force: true });
});

function store() {
  return createFilesystemDocumentStore({ rootDirectory: root });
}

const rejection = documentStoreRejection;

/** Every entry under the root, files and directories, relative to it. */
async function listEverything(): Promise<string[]> {
  return (await readdir(root, { recursive: true })).map(String).sort();
}

describe('createFilesystemDocumentStore', () => {
  it('says it is the filesystem backend', () => {
    expect(store().kind).toBe('filesystem');
  });

  it('gives back exactly the bytes it was given, from the file at the key', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(await store().get(KEY)).toEqual(PDF);
    expect(new Uint8Array(await readFile(path.join(root, ...KEY.split('/'))))).toEqual(PDF);
  });

  it('creates the root and the key directories for the service user only (0700), the file 0600', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    const segments = KEY.split('/');
    for (let depth = 0; depth < segments.length; depth += 1) {
      const entry = path.join(root, ...segments.slice(0, depth));
      expect((await stat(entry)).mode & 0o777, entry).toBe(0o700);
    }
    expect((await stat(path.join(root, ...segments))).mode & 0o777).toBe(0o600);
  });

  it('accepts the same bytes again under the same key (a retried write)', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
    await store().put({ key: KEY, bytes: new Uint8Array(PDF), contentType: 'application/pdf' });

    expect(await store().get(KEY)).toEqual(PDF);
  });

  it('refuses different bytes under an existing key and keeps the original', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    const error = await rejection(store().put({ key: KEY, bytes: OTHER_PDF, contentType: 'application/pdf' }));

    expect(error.code).toBe('already_exists');
    expect(await store().get(KEY)).toEqual(PDF);
  });

  it('lets exactly one of two concurrent writers of different bytes win', async () => {
    const results = await Promise.allSettled([
      store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' }),
      store().put({ key: KEY, bytes: OTHER_PDF, contentType: 'application/pdf' }),
    ]);

    const winners = results.flatMap((result, index) => (result.status === 'fulfilled' ? [[PDF, OTHER_PDF][index]] : []));
    expect(winners).toHaveLength(1);
    expect(await store().get(KEY)).toEqual(winners[0]);
  });

  it('leaves no temporary files behind, after a write or a refused one', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
    await rejection(store().put({ key: KEY, bytes: OTHER_PDF, contentType: 'application/pdf' }));

    expect(await listEverything()).toEqual([
      'signatures',
      'signatures/2026',
      'signatures/2026/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      'signatures/2026/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/signed.pdf',
    ]);
  });

  it('removes a document on erasure; removing it again, or a key never written, is not an error', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
    await store().remove(KEY);
    expect(await store().get(KEY)).toBeNull();
    await store().remove(KEY);
    await expect(store().remove('../outside')).rejects.toThrow();
  });

  it('returns null for a key never written, or one naming a directory', async () => {
    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(await store().get('signatures/2026/0b0e4f4e-0000-4000-8000-000000000000/signed.pdf')).toBeNull();
    expect(await store().get('signatures/2026')).toBeNull();
    expect(await store().get(`${KEY}/below-a-file.pdf`)).toBeNull();
  });

  it('returns null before anything was written (no root directory yet)', async () => {
    expect(await store().get(KEY)).toBeNull();
  });

  it.each([
    '../x',
    '../../etc/passwd',
    '/etc/passwd',
    'a//b',
    'a/./b',
    'a/../b',
    'signatures/..',
    '%2e%2e/x',
    '..%2fx',
    'a\\..\\b',
    'a/b/',
    '.hidden/x',
    'a/b\0.pdf',
    'dossier/reçu.pdf',
    'a b/x.pdf',
    '',
    'x'.repeat(513),
    `a/${'x'.repeat(256)}`,
  ])('refuses the key %j for writing and reading, touching nothing', async (key) => {
    await writeFile(path.join(workDirectory, 'x'), 'outside the root');

    expect((await rejection(store().put({ key, bytes: PDF, contentType: 'application/pdf' }))).code).toBe('invalid_key');
    expect((await rejection(store().get(key))).code).toBe('invalid_key');
    expect(await readFile(path.join(workDirectory, 'x'), 'utf8')).toBe('outside the root');
    await expect(stat(root)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('accepts the longest keys the rules allow', async () => {
    const key = `${'a'.repeat(255)}/${'b'.repeat(255)}`;

    await store().put({ key, bytes: PDF, contentType: 'application/pdf' });

    expect(await store().get(key)).toEqual(PDF);
  });
});
