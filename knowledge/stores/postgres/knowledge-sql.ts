/**
 * The connection the PostgreSQL knowledge store needs: Prisma's raw queries
 * (on PGlite or PostgreSQL alike) fit it, see bot/db/create-knowledge-sql.ts.
 * One statement per call.
 */
export interface KnowledgeSql {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  execute(sql: string, params?: unknown[]): Promise<void>;
}
