import { describe, expect, it } from 'vitest';
import { createOneTimeCode } from './create-one-time-code.js';
import { hashOneTimeCode, oneTimeCodeMatches } from './hash-one-time-code.js';

const key = Buffer.alloc(32, 7);

describe('one-time codes', () => {
  it('are six digits, leading zeros kept, and not all the same', () => {
    const codes = Array.from({ length: 200 }, () => createOneTimeCode());
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are stored as an HMAC bound to the key and the signing request, never in clear', () => {
    const hash = hashOneTimeCode({ key, signatureRequestId: 'req-1', code: '012345' });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('012345');
    expect(hashOneTimeCode({ key, signatureRequestId: 'req-2', code: '012345' })).not.toBe(hash);
    expect(hashOneTimeCode({ key: Buffer.alloc(32, 8), signatureRequestId: 'req-1', code: '012345' })).not.toBe(hash);
  });

  it('match only the same code for the same request', () => {
    const expectedHash = hashOneTimeCode({ key, signatureRequestId: 'req-1', code: '482913' });
    expect(oneTimeCodeMatches({ key, signatureRequestId: 'req-1', code: '482913', expectedHash })).toBe(true);
    expect(oneTimeCodeMatches({ key, signatureRequestId: 'req-1', code: '482914', expectedHash })).toBe(false);
    expect(oneTimeCodeMatches({ key, signatureRequestId: 'req-2', code: '482913', expectedHash })).toBe(false);
    expect(oneTimeCodeMatches({ key, signatureRequestId: 'req-1', code: '482913', expectedHash: 'abcd' })).toBe(false);
  });
});
