import { DocumentStoreError } from './document-store-error.js';

const MAX_KEY_LENGTH = 512;
// 255 is the longest file name Linux and macOS accept. A segment may not start
// with a dot: that rules out `.` and `..` without special cases and leaves
// dot-names free for the filesystem store's temporary files.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

/**
 * Returns the key when it is a safe, portable document key such as
 * `signatures/2026/<uuid>/signed.pdf`, and throws otherwise. Deliberately
 * strict rather than normalising: a key that needs fixing is a bug upstream,
 * and the filesystem store must never be steered outside its root.
 */
export function validateDocumentKey({ key }: { key: string }): string {
  const valid =
    typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH && key.split('/').every((segment) => SEGMENT.test(segment));
  if (!valid) {
    const shown = typeof key === 'string' ? JSON.stringify(key.slice(0, 80)) : typeof key;
    throw new DocumentStoreError(`Invalid document key ${shown}: expected segments of [A-Za-z0-9._-] separated by "/"`, 'invalid_key');
  }
  return key;
}
