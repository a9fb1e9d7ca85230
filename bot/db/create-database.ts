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
  /**
   * The client that stores inbound messages: on PostgreSQL its own small pool,
   * so a webhook is never queued behind the worker's turns for a connection.
   */
  ingest?: PrismaClient;
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
export async function createDatabase(options: CreateDatabaseOptions): Promise<DatabaseHandle> {
  const driver = options.url ? await openPostgres(options.url, options.poolSize ?? 10) : await openPglite(options.pgliteDataDir ?? 'memory://');
  await driver.migrate();
  const prisma = new PrismaClient({ adapter: driver.adapter });
  const ingest = driver.ingestAdapter ? new PrismaClient({ adapter: driver.ingestAdapter }) : prisma;
  return {
    prisma,
    ingest,
    kind: driver.kind,
    ping: async () => {
      try {
        await driver.selectOne();
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await prisma.$disconnect();
      if (ingest !== prisma) await ingest.$disconnect();
      await driver.close();
    },
  };
}

interface Driver {
  kind: DatabaseHandle['kind'];
  adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>;
  ingestAdapter?: NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>;
  migrate(): Promise<unknown>;
  selectOne(): Promise<unknown>;
  close(): Promise<void>;
}

// An insert takes a millisecond or two: a few connections carry hundreds of webhooks a second.
const INGEST_POOL_SIZE = 3;

async function openPostgres(url: string, poolSize: number): Promise<Driver> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // A dropped connection (database restart) must not crash the process: the pool reconnects.
  pool.on('error', () => {});
  const ingestPool = new pg.Pool({ connectionString: url, max: INGEST_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  ingestPool.on('error', () => {});
  return {
    kind: 'postgres',
    adapter: new PrismaPg(pool),
    ingestAdapter: new PrismaPg(ingestPool),
    migrate: async () => {
      const client = await pool.connect();
      try {
        await applyMigrations({ db: pgExecutor(client) });
      } finally {
        client.release();
      }
    },
    selectOne: () => pool.query('SELECT 1'),
    close: async () => {
      await Promise.all([pool.end(), ingestPool.end()]);
    },
  };
}

async function openPglite(dataDir: string): Promise<Driver> {
  if (!dataDir.startsWith('memory://')) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const pglite = await PGlite.create({ dataDir });
  return {
    kind: 'pglite',
    adapter: new PrismaPGlite(pglite),
    migrate: () => applyMigrations({ db: pgliteExecutor(pglite) }),
    selectOne: () => pglite.query('SELECT 1'),
    close: () => pglite.close(),
  };
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
