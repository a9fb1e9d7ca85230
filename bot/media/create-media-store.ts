import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { detectImageType } from './detect-image-type.js';

export interface StoredMedia {
  id: string;
  contentType: string;
  size: number;
}

export interface MediaStore {
  /** declaredType is what the sender claimed: callers pass it, the store does not trust it. */
  save(options: { data: Buffer; declaredType: string }): Promise<StoredMedia>;
  read(id: string): Promise<{ data: Buffer; contentType: string } | null>;
  remove(id: string): Promise<void>;
}

const ID_PATTERN = /^[0-9a-f-]{36}$/;

/**
 * Photos and files drivers send, on the filesystem under the data directory.
 * The stored type is what the bytes are (sniffed), not what the sender claimed:
 * a raster image, a PDF, or application/octet-stream.
 */
export function createMediaStore({ directory }: { directory: string }): MediaStore {
  const fileOf = (id: string) => path.join(directory, id.slice(0, 2), id);
  return {
    async save({ data }) {
      const id = randomUUID();
      const isPdf = data.subarray(0, 5).toString('latin1') === '%PDF-';
      // Never the sender's word: "text/html" or "image/svg+xml" stored as such could one day be served as a page.
      const contentType = detectImageType(data) ?? (isPdf ? 'application/pdf' : 'application/octet-stream');
      const file = fileOf(id);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { mode: 0o600 });
      await writeFile(`${file}.json`, JSON.stringify({ contentType, size: data.length }), { mode: 0o600 });
      return { id, contentType, size: data.length };
    },
    async read(id) {
      if (!ID_PATTERN.test(id)) return null;
      try {
        const [data, meta] = await Promise.all([readFile(fileOf(id)), readFile(`${fileOf(id)}.json`, 'utf8')]);
        return { data, contentType: (JSON.parse(meta) as { contentType: string }).contentType };
      } catch {
        return null;
      }
    },
    async remove(id) {
      if (!ID_PATTERN.test(id)) return;
      await rm(fileOf(id), { force: true });
      await rm(`${fileOf(id)}.json`, { force: true });
    },
  };
}
