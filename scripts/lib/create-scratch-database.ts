import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A new database `t911_bench_<random>` on the server of `adminUrl`, for one
 * benchmark or drill run. Each admin statement has its own short-lived
 * connection: the server may be restarted during a long run.
 */
export async function createScratchDatabase({ adminUrl }: { adminUrl: string }): Promise<ScratchDatabase> {
  const name = `t911_bench_${randomBytes(5).toString('hex')}`;
  const adminQuery = async (sql: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end().catch(() => undefined);
    }
  };
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
