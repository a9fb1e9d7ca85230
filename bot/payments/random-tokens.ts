import { randomBytes, randomInt } from 'node:crypto';

/** A URL-safe secret for links (pay, invoice): 128 bits. */
export function createLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

// Crockford's alphabet: no I, L, O, U, so a reference read aloud or typed in a bank app is not mistyped.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "T911-7KQ4-M2XD": what the client writes in the e-Transfer message (40 random bits; unique index on Quote). */
export function createInteracReference(): string {
  const block = () => Array.from({ length: 4 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');
  return `T911-${block()}-${block()}`;
}
