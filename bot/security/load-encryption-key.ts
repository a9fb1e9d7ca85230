import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The data-encryption key: DATA_ENCRYPTION_KEY (base64 of 32 bytes) when set;
 * otherwise, outside production, one generated once and kept under the data
 * directory so a laptop restart can still read what it sealed.
 */
export async function loadEncryptionKey({ configured, dataDir }: { configured?: string; dataDir: string }): Promise<{ key: Buffer; source: 'config' | 'generated' }> {
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be the base64 of exactly 32 bytes');
    return { key, source: 'config' };
  }
  const file = path.join(dataDir, 'data-encryption.key');
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length === 32) return { key, source: 'generated' };
  } catch {
    // first start: generate below
  }
  const key = randomBytes(32);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, key.toString('base64'), { mode: 0o600, flag: 'wx' }).catch(async () => {
    // Another process won the race: use its key.
  });
  return { key: Buffer.from((await readFile(file, 'utf8')).trim(), 'base64'), source: 'generated' };
}
