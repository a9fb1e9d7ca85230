import { createHmac, timingSafeEqual } from 'node:crypto';

export interface HashOneTimeCodeOptions {
  /** A server secret (derived from the data encryption key): a stolen database alone cannot brute-force 10^6 codes. */
  key: Buffer;
  /** The code is bound to its signing request: a code for one link is worthless on another. */
  signatureRequestId: string;
  code: string;
}

/** HMAC-SHA256 of the code, hex: what the database keeps instead of the code. */
export function hashOneTimeCode({ key, signatureRequestId, code }: HashOneTimeCodeOptions): string {
  return createHmac('sha256', key).update(`${signatureRequestId}:${code}`).digest('hex');
}

/** Constant-time comparison of a typed code with the stored hash. */
export function oneTimeCodeMatches(options: HashOneTimeCodeOptions & { expectedHash: string }): boolean {
  const actual = Buffer.from(hashOneTimeCode(options), 'hex');
  const expected = Buffer.from(options.expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
