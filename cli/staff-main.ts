import path from 'node:path';
import { loadConfig } from '../bot/config/load-config.js';
import { createDatabase } from '../bot/db/create-database.js';
import { loadEncryptionKey } from '../bot/security/load-encryption-key.js';
import { runStaffCommand } from './run-staff-command.js';

/**
 * `ticket911 staff …` on the service's own database and key (DATABASE_URL and
 * DATA_ENCRYPTION_KEY, or the embedded PGlite and generated key under DATA_DIR:
 * stop the service first then, PGlite takes one process at a time).
 */
export async function staffMain(argv: string[]): Promise<number> {
  const config = loadConfig();
  const db = await createDatabase({ url: config.database.url, pgliteDataDir: path.join(config.dataDir, 'pglite') });
  try {
    const { key } = await loadEncryptionKey({ configured: config.security.dataEncryptionKey, dataDir: config.dataDir });
    return await runStaffCommand({ argv, prisma: db.prisma, key, now: new Date(), write: (text) => process.stdout.write(text) });
  } finally {
    await db.close();
  }
}
