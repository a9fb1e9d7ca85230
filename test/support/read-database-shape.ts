/**
 * The shape of a PostgreSQL schema (tables, columns, keys, indexes, foreign
 * keys, enums), read two ways so they can be compared:
 *  - readDatabaseShape: from pg_catalog of a live (migrated) database;
 *  - schemaDatabaseShape: from schema.prisma's DMMF, applying the conventions
 *    Prisma Migrate follows when it writes SQL for PostgreSQL.
 * compareShapes lists every difference as one readable line.
 *
 * The Prisma CLI's schema engine (and so `prisma migrate diff`) is not
 * available everywhere, which is why the comparison is done here.
 */

export interface ColumnShape {
  /** As printed by PostgreSQL's format_type(), e.g. `text`, `timestamp(3) without time zone`, `integer[]`. */
  type: string;
  nullable: boolean;
  /**
   * null (no default), 'autoincrement()' (a sequence: serial / bigserial),
   * 'now()' (CURRENT_TIMESTAMP), 'dbgenerated(<sql>)', or the literal value
   * without quotes or casts (`fr`, `0`, `false`, `{"a":1}`).
   */
  default: string | null;
}

export interface KeyShape {
  name: string;
  /** In key order; a descending column is written `name DESC`. */
  columns: string[];
}

export interface IndexShape {
  columns: string[];
  /** Access method: btree, hash, gin, gist, brin, spgist. */
  method: string;
}

export interface ForeignKeyShape {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export type ReferentialAction = 'CASCADE' | 'RESTRICT' | 'NO ACTION' | 'SET NULL' | 'SET DEFAULT';

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: KeyShape | null;
  /** Unique indexes (Prisma's @unique / @@unique), by index name. */
  uniqueIndexes: Record<string, IndexShape>;
  /** Non-unique indexes (Prisma's @@index), by index name. */
  indexes: Record<string, IndexShape>;
  /** By constraint name. */
  foreignKeys: Record<string, ForeignKeyShape>;
}

export interface DatabaseShape {
  /** Enum type name -> labels in order. */
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
}

/** Anything that runs raw SQL the way PrismaClient (or an interactive transaction client) does. */
export interface RawQueryRunner {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

const SCHEMA = 'public';
const IGNORED_TABLES = ['_prisma_migrations'];
/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated. */
const MAX_IDENTIFIER_LENGTH = 63;

// ---------------------------------------------------------------------------
// The live database
// ---------------------------------------------------------------------------

const TABLES_SQL = `
SELECT c.relname::text AS "table"
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($2::text[]))`;

const COLUMNS_SQL = `
SELECT c.relname::text AS "table",
       a.attname::text AS "column",
       format_type(a.atttypid, a.atttypmod) AS "type",
       a.attnotnull AS "notNull",
       pg_get_expr(d.adbin, d.adrelid) AS "default",
       a.attidentity::text AS "identity",
       a.attgenerated::text AS "generated"
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($2::text[]))
  AND a.attnum > 0 AND NOT a.attisdropped`;

// indkey / indoption are int2vector, subscripted from 0. Key columns only
// (INCLUDE columns are reported separately as "included").
const INDEXES_SQL = `
SELECT t.relname::text AS "table",
       i.relname::text AS "name",
       ix.indisunique AS "unique",
       ix.indisprimary AS "primary",
       am.amname::text AS "method",
       ix.indpred IS NOT NULL AS "partial",
       ix.indnatts > ix.indnkeyatts AS "included",
       array_to_json(ARRAY(
         SELECT COALESCE(a.attname::text, '(' || pg_get_indexdef(ix.indexrelid, s.k, true) || ')')
                || CASE WHEN (ix.indoption[s.k - 1]::int & 1) = 1 THEN ' DESC' ELSE '' END
         FROM generate_series(1, ix.indnkeyatts) AS s(k)
         LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[s.k - 1] AND ix.indkey[s.k - 1] <> 0
         ORDER BY s.k
       ))::text AS "columns"
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = i.relam
WHERE n.nspname = $1 AND NOT (t.relname = ANY($2::text[]))`;

const FOREIGN_KEYS_SQL = `
SELECT t.relname::text AS "table",
       con.conname::text AS "name",
       r.relname::text AS "referencedTable",
       array_to_json(ARRAY(
         SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord
       ))::text AS "columns",
       array_to_json(ARRAY(
         SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord
       ))::text AS "referencedColumns",
       con.confdeltype::text AS "onDelete",
       con.confupdtype::text AS "onUpdate"
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class r ON r.oid = con.confrelid
WHERE con.contype = 'f' AND n.nspname = $1 AND NOT (t.relname = ANY($2::text[]))`;

const ENUMS_SQL = `
SELECT t.typname::text AS "name",
       array_to_json(array_agg(e.enumlabel::text ORDER BY e.enumsortorder))::text AS "labels"
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = $1
GROUP BY t.typname`;

const ACTION_CODES: Record<string, ReferentialAction> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** Reads the shape of schema `public` (minus `_prisma_migrations`) from pg_catalog. */
export async function readDatabaseShape(db: RawQueryRunner): Promise<DatabaseShape> {
  const params = [SCHEMA, IGNORED_TABLES];
  const tableRows = await db.$queryRawUnsafe<{ table: string }[]>(TABLES_SQL, ...params);
  const columnRows = await db.$queryRawUnsafe<
    { table: string; column: string; type: string; notNull: boolean; default: string | null; identity: string; generated: string }[]
  >(COLUMNS_SQL, ...params);
  const indexRows = await db.$queryRawUnsafe<
    { table: string; name: string; unique: boolean; primary: boolean; method: string; partial: boolean; included: boolean; columns: string }[]
  >(INDEXES_SQL, ...params);
  const foreignKeyRows = await db.$queryRawUnsafe<
    { table: string; name: string; referencedTable: string; columns: string; referencedColumns: string; onDelete: string; onUpdate: string }[]
  >(FOREIGN_KEYS_SQL, ...params);
  const enumRows = await db.$queryRawUnsafe<{ name: string; labels: string }[]>(ENUMS_SQL, SCHEMA);

  const tables: Record<string, TableShape> = {};
  for (const { table } of tableRows) tables[table] = emptyTable();

  for (const row of columnRows) {
    const type = row.type.replace(/"/g, '');
    let dflt = normaliseSqlDefault(row.default, type);
    if (row.identity === 'a' || row.identity === 'd') dflt = `identity(${row.identity === 'a' ? 'always' : 'by default'})`;
    if (row.generated === 's') dflt = `generated(${row.default})`;
    tables[row.table].columns[row.column] = { type, nullable: !row.notNull, default: dflt };
  }

  for (const row of indexRows) {
    const columns = JSON.parse(row.columns) as string[];
    // Prisma cannot express these; name them so that they show up as a difference.
    const name = row.name + (row.partial ? ' (partial)' : '') + (row.included ? ' (with INCLUDE columns)' : '');
    const table = tables[row.table];
    if (row.primary) table.primaryKey = { name, columns };
    else if (row.unique) table.uniqueIndexes[name] = { columns, method: row.method };
    else table.indexes[name] = { columns, method: row.method };
  }

  for (const row of foreignKeyRows) {
    tables[row.table].foreignKeys[row.name] = {
      columns: JSON.parse(row.columns) as string[],
      referencedTable: row.referencedTable,
      referencedColumns: JSON.parse(row.referencedColumns) as string[],
      onDelete: ACTION_CODES[row.onDelete],
      onUpdate: ACTION_CODES[row.onUpdate],
    };
  }

  const enums: Record<string, string[]> = {};
  for (const row of enumRows) enums[row.name] = JSON.parse(row.labels) as string[];

  return sortShape({ enums, tables });
}

/** Brings a default expression as PostgreSQL prints it to ColumnShape['default'] form. */
function normaliseSqlDefault(expression: string | null, type: string): string | null {
  if (expression === null) return null;
  const sql = expression.trim();
  if (/^nextval\(/i.test(sql)) return 'autoincrement()';
  if (/^(now\(\)|CURRENT_TIMESTAMP(\(\d+\))?)$/i.test(stripCasts(sql))) return 'now()';
  if (type.endsWith('[]')) {
    const array = /^ARRAY\[(.*)\]$/is.exec(stripCasts(sql));
    if (array) return JSON.stringify(splitSqlList(array[1]).map((item) => literalValue(item, type.slice(0, -2)) ?? item));
    const text = literalValue(sql, 'text');
    if (text !== null && /^\{.*\}$/s.test(text)) {
      return JSON.stringify(text === '{}' ? [] : splitSqlList(text.slice(1, -1)).map((item) => item.replace(/^"(.*)"$/s, '$1')));
    }
  }
  return literalValue(sql, type) ?? `dbgenerated(${sql})`;
}

/** The value of a literal (`'fr'::text`, `0`, `'-1'::integer`, `false`), or null if the expression is not one. */
function literalValue(sql: string, type: string): string | null {
  const bare = stripCasts(sql.trim()).replace(/^\((.*)\)$/s, '$1');
  let value: string;
  if (/^'(?:[^']|'')*'$/s.test(bare)) value = bare.slice(1, -1).replace(/''/g, "'");
  else if (/^-?\d+(\.\d+)?$/.test(bare) || /^(true|false)$/i.test(bare)) value = bare.toLowerCase();
  else return null;
  return canonicalLiteral(value, type);
}

/** One spelling per value: JSON re-serialised, timestamps as ISO strings, numbers without trailing zeros. */
function canonicalLiteral(value: string, type: string): string {
  if (type === 'jsonb' || type === 'json') {
    try {
      return JSON.stringify(JSON.parse(value));
    } catch {
      return value;
    }
  }
  if (type.startsWith('timestamp') || type === 'date') {
    const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
    const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || type === 'date' ? iso : `${iso}Z`);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  if (/^(numeric|double precision|real|integer|bigint|smallint)/.test(type) && /^-?\d+(\.\d+)?$/.test(value)) {
    return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  }
  return value;
}

function stripCasts(sql: string): string {
  let out = sql;
  for (;;) {
    const next = out.replace(/::\s*(?:"[^"]+"|[a-z_][a-z0-9_ ]*)(?:\(\d+(?:,\s*\d+)?\))?(?: with(?:out)? time zone)?(?:\[\])*$/i, '').trim();
    if (next === out) return out;
    out = next;
  }
}

/** Splits `a, 'b,c', d` on top-level commas. */
function splitSqlList(list: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const char of list) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ',') {
      items.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

// ---------------------------------------------------------------------------
// schema.prisma
// ---------------------------------------------------------------------------

/** The parts of Prisma's DMMF used here (see @prisma/dmmf). */
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  schema?: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    types: unknown[];
    indexes: DmmfIndex[];
  };
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
};

/** @db.X(args) -> format_type() spelling. */
function nativeTypeName([name, args]: [string, string[]], where: string): string {
  const a = args.length ? `(${args.join(',')})` : '';
  const simple: Record<string, string> = {
    Text: 'text',
    Uuid: 'uuid',
    Xml: 'xml',
    Inet: 'inet',
    Citext: 'citext',
    Integer: 'integer',
    SmallInt: 'smallint',
    BigInt: 'bigint',
    Oid: 'oid',
    Boolean: 'boolean',
    DoublePrecision: 'double precision',
    Real: 'real',
    Money: 'money',
    Date: 'date',
    Json: 'json',
    JsonB: 'jsonb',
    ByteA: 'bytea',
  };
  if (name in simple) return simple[name];
  switch (name) {
    case 'VarChar':
      return `character varying${a}`;
    case 'Char':
      return `character${a}`;
    case 'Bit':
      return `bit${a}`;
    case 'VarBit':
      return `bit varying${a}`;
    case 'Decimal':
      return `numeric${a}`;
    case 'Timestamp':
      return `timestamp${a} without time zone`;
    case 'Timestamptz':
      return `timestamp${a} with time zone`;
    case 'Time':
      return `time${a} without time zone`;
    case 'Timetz':
      return `time${a} with time zone`;
    default:
      throw new Error(`${where}: native type @db.${name} is not mapped in test/support/read-database-shape.ts; add it`);
  }
}

/**
 * Prisma's default constraint names: `<table>_<columns>_<suffix>`, the prefix
 * cut so the whole fits PostgreSQL's 63 characters.
 */
function defaultName(table: string, columns: string[], suffix: string): string {
  const prefix = [table, ...columns].join('_');
  return prefix.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length - 1) + '_' + suffix;
}

const PRISMA_ACTIONS: Record<string, ReferentialAction> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** Loads the DMMF of a schema text through @prisma/internals (wasm, no native engine). */
export async function loadDmmf(schemaText: string): Promise<Dmmf> {
  type Internals = { getDMMF(options: { datamodel: string }): Promise<Dmmf> };
  // @prisma/internals is CommonJS: under Node and vitest its functions hang off
  // the default export (named imports fail); some loaders (tsx) expose them directly.
  const module = (await import('@prisma/internals')) as unknown as Internals & { default?: Internals };
  const internals = module.default?.getDMMF ? module.default : module;
  return internals.getDMMF({ datamodel: schemaText });
}

/**
 * The database Prisma Migrate would create for this schema.prisma text on
 * PostgreSQL. Constructs the conventions below do not cover (implicit
 * many-to-many tables, composite types, other schemas, unmapped native types)
 * throw rather than being skipped, so the test cannot pass by ignoring them.
 * Known blind spot: a custom foreign key name (`@relation(map: ...)`) is not in
 * the DMMF, so such a key would be expected under Prisma's default name.
 */
export async function schemaDatabaseShape(schemaText: string): Promise<DatabaseShape> {
  const { datamodel } = await loadDmmf(schemaText);
  if (datamodel.types.length) throw new Error('composite types are not supported by this comparison');

  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableName = (model: DmmfModel) => model.dbName ?? model.name;
  const columnName = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`${model.name}.${fieldName}: no such field`);
    return field.dbName ?? field.name;
  };

  const enums: Record<string, string[]> = {};
  for (const e of datamodel.enums) enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    if (model.schema) throw new Error(`${model.name}: multiSchema (@@schema) is not supported by this comparison`);
    const table = emptyTable();
    const name = tableName(model);
    tables[name] = table;

    for (const field of model.fields) {
      const where = `${model.name}.${field.name}`;
      if (field.kind === 'object') {
        const fromFields = field.relationFromFields ?? [];
        if (fromFields.length === 0) {
          const other = models.get(field.type)?.fields.find((f) => f.relationName === field.relationName && f !== field);
          if (field.isList && other?.isList) throw new Error(`${where}: implicit many-to-many relations are not supported by this comparison`);
          continue; // the other side holds the foreign key
        }
        const target = models.get(field.type)!;
        const columns = fromFields.map((f) => columnName(model, f));
        table.foreignKeys[defaultName(name, columns, 'fkey')] = {
          columns,
          referencedTable: tableName(target),
          referencedColumns: (field.relationToFields ?? []).map((f) => columnName(target, f)),
          // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
          onDelete: PRISMA_ACTIONS[field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')],
          onUpdate: PRISMA_ACTIONS[field.relationOnUpdate ?? 'Cascade'],
        };
        continue;
      }
      if (field.kind === 'unsupported') throw new Error(`${where}: Unsupported("...") fields are not supported by this comparison`);

      let type: string;
      if (field.kind === 'enum') type = enumNames.get(field.type)!;
      else if (field.nativeType) type = nativeTypeName(field.nativeType, where);
      else if (field.type in SCALAR_TYPES) type = SCALAR_TYPES[field.type];
      else throw new Error(`${where}: scalar type ${field.type} is not mapped in test/support/read-database-shape.ts`);
      if (field.isList) type += '[]';

      table.columns[field.dbName ?? field.name] = {
        type,
        // Prisma Migrate creates scalar lists as nullable columns.
        nullable: field.isList || !field.isRequired,
        default: field.hasDefaultValue ? schemaDefault(field.default, type) : null,
      };
    }

    for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
      const columns = index.fields.map((f) => columnName(model, f.name));
      const keyColumns = index.fields.map((f, i) => columns[i] + (f.sortOrder === 'desc' ? ' DESC' : ''));
      const method = (index.algorithm ?? 'BTree').toLowerCase();
      switch (index.type) {
        case 'id':
          table.primaryKey = { name: index.dbName ?? defaultName(name, [], 'pkey'), columns: keyColumns };
          break;
        case 'unique':
          table.uniqueIndexes[index.dbName ?? defaultName(name, columns, 'key')] = { columns: keyColumns, method };
          break;
        case 'normal':
          table.indexes[index.dbName ?? defaultName(name, columns, 'idx')] = { columns: keyColumns, method };
          break;
        default:
          throw new Error(`${model.name}: ${index.type} indexes are not supported by this comparison`);
      }
    }
  }
  return sortShape({ enums, tables });
}

/** A DMMF default -> ColumnShape['default']: what the database itself holds, if anything. */
function schemaDefault(value: unknown, type: string): string | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'name' in value) {
    const fn = value as { name: string; args: unknown[] };
    switch (fn.name) {
      case 'autoincrement':
        return 'autoincrement()';
      case 'now':
        return 'now()';
      case 'dbgenerated':
        return fn.args.length ? `dbgenerated(${String(fn.args[0])})` : null;
      default:
        // uuid(), cuid(), nanoid(), ulid(): filled in by Prisma Client, not by the database.
        return null;
    }
  }
  if (Array.isArray(value)) {
    const elementType = type.replace(/\[\]$/, '');
    return JSON.stringify(value.map((item) => canonicalLiteral(String(item), elementType)));
  }
  return canonicalLiteral(String(value), type);
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

/**
 * Every way `actual` (the database) differs from `expected` (schema.prisma),
 * one line each, sorted. Empty when they agree.
 */
export function compareShapes(actual: DatabaseShape, expected: DatabaseShape): string[] {
  const out: string[] = [];
  const json = (value: unknown) => JSON.stringify(value);

  /** Compares two records by key; `label(key)` names an entry in the message. */
  const keyed = <T>(label: (key: string) => string, inDatabase: Record<string, T>, inSchema: Record<string, T>) => {
    for (const key of Object.keys(inSchema)) {
      if (!(key in inDatabase)) out.push(`${label(key)}: in schema.prisma ${json(inSchema[key])}, missing from the database`);
    }
    for (const key of Object.keys(inDatabase)) {
      if (!(key in inSchema)) out.push(`${label(key)}: in the database ${json(inDatabase[key])}, not in schema.prisma`);
      else if (json(inDatabase[key]) !== json(inSchema[key])) {
        out.push(`${label(key)}: database has ${json(inDatabase[key])}, schema.prisma says ${json(inSchema[key])}`);
      }
    }
  };

  keyed((name) => `enum ${name}`, actual.enums, expected.enums);
  for (const name of Object.keys(expected.tables)) {
    if (!(name in actual.tables)) out.push(`table ${name}: in schema.prisma, missing from the database`);
  }
  for (const name of Object.keys(actual.tables)) {
    if (!(name in expected.tables)) {
      out.push(`table ${name}: in the database, not in schema.prisma`);
      continue;
    }
    const db = actual.tables[name];
    const schema = expected.tables[name];
    keyed((column) => `column ${name}.${column}`, db.columns, schema.columns);
    if (json(db.primaryKey) !== json(schema.primaryKey)) {
      out.push(`primary key of ${name}: database has ${json(db.primaryKey)}, schema.prisma says ${json(schema.primaryKey)}`);
    }
    keyed((index) => `unique index ${name}.${index}`, db.uniqueIndexes, schema.uniqueIndexes);
    keyed((index) => `index ${name}.${index}`, db.indexes, schema.indexes);
    keyed((key) => `foreign key ${name}.${key}`, db.foreignKeys, schema.foreignKeys);
  }
  return out.sort();
}

function emptyTable(): TableShape {
  return { columns: {}, primaryKey: null, uniqueIndexes: {}, indexes: {}, foreignKeys: {} };
}

function sortRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sortShape(shape: DatabaseShape): DatabaseShape {
  const tables: Record<string, TableShape> = {};
  for (const [name, table] of Object.entries(sortRecord(shape.tables))) {
    tables[name] = {
      columns: sortRecord(table.columns),
      primaryKey: table.primaryKey,
      uniqueIndexes: sortRecord(table.uniqueIndexes),
      indexes: sortRecord(table.indexes),
      foreignKeys: sortRecord(table.foreignKeys),
    };
  }
  return { enums: sortRecord(shape.enums), tables };
}
