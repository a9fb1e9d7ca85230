import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlExecutor } from './sql-executor.js';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

/** Same key as Prisma Migrate's advisory lock, so `prisma migrate deploy` and we never run at once. */
const MIGRATION_LOCK_KEY = 72707369;

export interface ApplyMigrationsOptions {
  db: SqlExecutor;
  migrationsDir?: string;
}

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each
 * in `_prisma_migrations` exactly as Prisma Migrate does (same table, same
 * sha256 checksum), so production may equally run `prisma migrate deploy`.
 * We apply them ourselves because the Prisma CLI's native schema engine cannot
 * be downloaded on every machine, and the embedded PGlite has no CLI path.
 */
export async function applyMigrations({ db, migrationsDir = MIGRATIONS_DIR }: ApplyMigrationsOptions): Promise<string[]> {
  await db.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const applied = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(applied.map((row) => [row.migration_name, row]));
    const names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const newlyApplied: string[] = [];
    for (const name of names) {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const existing = byName.get(name);
      if (existing) {
        if (!existing.finished_at) throw new Error(`Migration ${name} started but never finished: repair the database before starting`);
        if (existing.checksum !== checksum) throw new Error(`Migration ${name} was edited after it was applied (checksum differs)`);
        continue;
      }
      const id = randomUUID();
      await db.exec('BEGIN');
      try {
        await db.exec(sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [id, checksum, name],
        );
        await db.exec('COMMIT');
      } catch (error) {
        await db.exec('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
      newlyApplied.push(name);
    }
    return newlyApplied;
  } finally {
    await db.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}
