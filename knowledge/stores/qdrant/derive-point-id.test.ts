import { describe, expect, it } from 'vitest';
import { derivePointId } from './derive-point-id.js';

describe('derivePointId', () => {
  it('is RFC 9562 UUID v5 (same as Python uuid.uuid5)', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(derivePointId({ chunkId: 'python.org', namespace: dns })).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('maps a chunk id to the same UUID forever', () => {
    expect(derivePointId({ chunkId: 'qc-csr-328#0' })).toBe('6659128b-c6e1-5831-9bb1-5956a387f482');
    expect(derivePointId({ chunkId: 'qc-csr-328#1' })).not.toBe(derivePointId({ chunkId: 'qc-csr-328#0' }));
  });
});
