import type { KnowledgeSql } from '../../knowledge/stores/postgres/knowledge-sql.js';
import type { Database } from './create-database.js';

/** The knowledge store's SQL through Prisma's raw queries: one code path for PGlite and PostgreSQL. */
export function createKnowledgeSql({ prisma }: { prisma: Database }): KnowledgeSql {
  return {
    query: (sql, params = []) => prisma.$queryRawUnsafe(sql, ...params),
    execute: async (sql, params = []) => {
      await prisma.$executeRawUnsafe(sql, ...params);
    },
  };
}
