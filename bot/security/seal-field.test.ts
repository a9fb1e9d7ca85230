import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEncryptionKey } from './load-encryption-key.js';
import { openSealedField, sealField } from './seal-field.js';

describe('sealed fields (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('round-trips and never stores the clear value', () => {
    const sealed = sealField({ key, field: 'licenceNumber', value: 'L1234-567890-12' });
    expect(sealed).not.toContain('L1234');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(openSealedField({ key, field: 'licenceNumber', sealed })).toBe('L1234-567890-12');
  });

  it('uses a fresh IV each time', () => {
    expect(sealField({ key, field: 'f', value: 'same' })).not.toBe(sealField({ key, field: 'f', value: 'same' }));
  });

  it('rejects tampering, the wrong key and the wrong field', () => {
    const sealed = sealField({ key, field: 'dateOfBirth', value: '1990-01-31' });
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(() => openSealedField({ key, field: 'dateOfBirth', sealed: [...parts.slice(0, 3), flipped.toString('base64url')].join('.') })).toThrow();
    expect(() => openSealedField({ key: randomBytes(32), field: 'dateOfBirth', sealed })).toThrow();
    expect(() => openSealedField({ key, field: 'licenceNumber', sealed })).toThrow();
  });

  it('generates a key once under the data directory and reuses it', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 't911-key-'));
    const first = await loadEncryptionKey({ dataDir });
    const second = await loadEncryptionKey({ dataDir });
    expect(first.source).toBe('generated');
    expect(second.key.equals(first.key)).toBe(true);
    expect((await readFile(path.join(dataDir, 'data-encryption.key'), 'utf8')).trim()).toBe(first.key.toString('base64'));
  });

  it('refuses a configured key that is not 32 bytes', async () => {
    await expect(loadEncryptionKey({ configured: Buffer.alloc(16).toString('base64'), dataDir: os.tmpdir() })).rejects.toThrow(/32 bytes/);
  });
});
