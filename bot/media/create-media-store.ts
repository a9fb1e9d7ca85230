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
  save(options: { data: Buffer; declaredType: string }): Promise<StoredMedia>;
  read(id: string): Promise<{ data: Buffer; contentType: string } | null>;
  remove(id: string): Promise<void>;
}

const ID_PATTERN = /^[0-9a-f-]{36}$/;

/**
 * Photos and files drivers send, on the filesystem under the data directory.
 * The stored type is what the bytes are (sniffed), not what the sender claimed.
 */
export function createMediaStore({ directory }: { directory: string }): MediaStore {
  const fileOf = (id: string) => path.join(directory, id.slice(0, 2), id);
  return {
    async save({ data, declaredType }) {
      const id = randomUUID();
      const isPdf = data.subarray(0, 5).toString('latin1') === '%PDF-';
      const claimsKnownType = declaredType.startsWith('image/') || declaredType === 'application/pdf';
      const contentType = detectImageType(data) ?? (isPdf ? 'application/pdf' : claimsKnownType ? 'application/octet-stream' : declaredType);
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
