/** The minimum the migration applier needs from a connection: PGlite and node-postgres both fit. */
export interface SqlExecutor {
  /** Runs one or several statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}
