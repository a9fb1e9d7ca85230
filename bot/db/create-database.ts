import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../../prisma/generated/client.js';
import { applyMigrations } from './apply-migrations.js';
import type { SqlExecutor } from './sql-executor.js';

export type Database = PrismaClient;

export interface DatabaseHandle {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  /** Cheap liveness probe for /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** PostgreSQL URL; absent means embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; 'memory://' for tests. */
  pgliteDataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/**
 * One code path for both databases: the same Prisma client and the same SQL,
 * through @prisma/adapter-pg on PostgreSQL or pglite-prisma-adapter on the
 * embedded PGlite (the default on a fresh machine). Migrations are applied
 * before the client is handed out.
 */
export async function createDatabase({ url, pgliteDataDir, poolSize = 10 }: CreateDatabaseOptions): Promise<DatabaseHandle> {
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
    // A dropped connection (database restart) must not crash the process: the pool reconnects.
    pool.on('error', () => {});
    const client = await pool.connect();
    try {
      await applyMigrations({ db: pgExecutor(client) });
    } finally {
      client.release();
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      kind: 'postgres',
      ping: () => succeeds(() => pool.query('SELECT 1')),
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dataDir = pgliteDataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const pglite = await PGlite.create({ dataDir });
  await applyMigrations({ db: pgliteExecutor(pglite) });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: 'pglite',
    ping: () => succeeds(() => pglite.query('SELECT 1')),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function succeeds(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}

function pgExecutor(client: pg.PoolClient): SqlExecutor {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
  };
}

function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
  };
}
