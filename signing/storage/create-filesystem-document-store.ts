import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { areSameBytes } from './are-same-bytes.js';
import type { DocumentStore } from './document-store.js';
import { DocumentStoreError } from './document-store-error.js';
import { validateDocumentKey } from './validate-document-key.js';
import { writeFileOnce } from './write-file-once.js';

export interface CreateFilesystemDocumentStoreOptions {
  /** Created on the first write when missing; each key is a path under it. */
  rootDirectory: string;
}

// Signed documents hold personal data: only the service's own user may read them.
const FILE_MODE = 0o600;
const DIRECTORY_MODE = 0o700;
// A missing file, a path through a file, or a directory where a document would be: no document.
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Documents as files under one directory: development, and single-host deployments with a backed-up volume. */
export function createFilesystemDocumentStore({ rootDirectory }: CreateFilesystemDocumentStoreOptions): DocumentStore {
  const root = path.resolve(rootDirectory);

  function fileOf(key: string): string {
    const file = path.join(root, ...validateDocumentKey({ key }).split('/'));
    // The key rules already make escaping impossible; this holds even if they are loosened one day.
    if (!file.startsWith(root + path.sep)) throw new DocumentStoreError(`Document key ${JSON.stringify(key)} leaves the store`, 'invalid_key');
    return file;
  }

  return {
    kind: 'filesystem',

    async put({ key, bytes }) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: DIRECTORY_MODE });
      if (await writeFileOnce({ file, bytes, mode: FILE_MODE })) return;
      // Already there: a retry of the same write is fine, anything else would be an overwrite.
      if (!areSameBytes({ stored: await readFile(file), given: bytes })) {
        throw new DocumentStoreError(`Document ${key} already exists with different bytes`, 'already_exists');
      }
    },

    async get(key) {
      const file = fileOf(key);
      try {
        const buffer = await readFile(file);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (error) {
        if (ABSENT.has((error as NodeJS.ErrnoException).code ?? '')) return null;
        throw error;
      }
    },

    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
