import { createHash } from 'node:crypto';

/**
 * The SHA-256 (hex) of a contestation draft's words. The text is normalised
 * first (NFC, CRLF or a lone CR → LF, trailing whitespace of the whole text
 * dropped) because the same words reach us from a browser textarea, a
 * database and an editor with different encodings of the same characters:
 * the hash names the words, not the way they were typed. A bare string
 * argument, not an options object: it is a hash function like any other.
 */
export function hashDraftText(text: string): string {
  const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n').trimEnd();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
