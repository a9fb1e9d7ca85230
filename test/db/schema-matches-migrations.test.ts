import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import {
  compareShapes,
  readDatabaseShape,
  schemaDatabaseShape,
  type DatabaseShape,
} from '../support/read-database-shape.js';

/**
 * The migrations in prisma/migrations are hand-written SQL, so nothing but this
 * test keeps them in step with prisma/schema.prisma: a database built by our
 * migrations must have exactly the tables, columns (type, nullability,
 * default), primary keys, unique and plain indexes, foreign keys (with their
 * ON DELETE / ON UPDATE rules and names) and enums that Prisma Migrate would
 * create for the schema. Runs on PGlite, or on PostgreSQL with TEST_DATABASE_URL.
 */

const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');

describe('schema.prisma and prisma/migrations', () => {
  let db: TestDatabase;
  let schemaText: string;
  let actual: DatabaseShape;
  let expected: DatabaseShape;

  beforeAll(async () => {
    schemaText = await readFile(SCHEMA_PATH, 'utf8');
    db = await createTestDatabase();
    actual = await readDatabaseShape(db.prisma);
    expected = await schemaDatabaseShape(schemaText);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('describe the same database', () => {
    // The list of differences reads best when something is wrong...
    expect(compareShapes(actual, expected)).toEqual([]);
    // ...and the full structures guard the comparison itself.
    expect(actual).toEqual(expected);
  });

  it('compares something real on both sides', () => {
    const tables = Object.values(expected.tables);
    expect(tables.length).toBeGreaterThan(1);
    expect(tables.every((t) => t.primaryKey && Object.keys(t.columns).length > 0)).toBe(true);
    expect(tables.some((t) => Object.keys(t.foreignKeys).length > 0)).toBe(true);
    expect(tables.some((t) => Object.keys(t.uniqueIndexes).length > 0)).toBe(true);
    expect(tables.some((t) => Object.keys(t.indexes).length > 0)).toBe(true);
    expect(Object.keys(actual.tables)).not.toContain('_prisma_migrations');
  });

  // Each drift is made on a copy of the schema text, in memory; the comparison
  // must report exactly that drift and nothing else.
  const drifts: { name: string; edit: (schema: string) => string; differences: RegExp[] }[] = [
    {
      name: 'a column the migrations never added',
      edit: (s) => editModel(s, 'Client', (body) => `${body}  foo String\n`),
      differences: [/^column Client\.foo: in schema\.prisma \{"type":"text","nullable":false,"default":null\}, missing from the database$/],
    },
    {
      name: 'a column the schema no longer has',
      edit: (s) => editModel(s, 'Client', (body) => replaceOnce(body, /^\s*phone\s+String\?\s*\n/m, '')),
      differences: [/^column Client\.phone: in the database .*, not in schema\.prisma$/],
    },
    {
      name: 'a different type',
      edit: (s) => editModel(s, 'Conversation', (body) => replaceOnce(body, /(machineVersion\s+)Int\b/, '$1BigInt')),
      differences: [/^column Conversation\.machineVersion: database has \{"type":"integer",.*schema\.prisma says \{"type":"bigint",/],
    },
    {
      name: 'a different nullability',
      edit: (s) => editModel(s, 'Conversation', (body) => replaceOnce(body, /(\n\s*channel\s+)String\b/, '$1String?')),
      differences: [/^column Conversation\.channel: database has \{.*"nullable":false.*schema\.prisma says \{.*"nullable":true/],
    },
    {
      name: 'a different default value',
      edit: (s) => editModel(s, 'Client', (body) => replaceOnce(body, '@default("fr")', '@default("en")')),
      differences: [/^column Client\.language: database has \{.*"default":"fr"\}, schema\.prisma says \{.*"default":"en"\}$/],
    },
    {
      name: 'a missing default',
      edit: (s) => editModel(s, 'OutboxEntry', (body) => replaceOnce(body, /(nextAttemptAt\s+DateTime\s+)@default\(now\(\)\)/, '$1')),
      differences: [/^column OutboxEntry\.nextAttemptAt: database has \{.*"default":"now\(\)"\}, schema\.prisma says \{.*"default":null\}$/],
    },
    {
      name: 'a unique index the schema dropped',
      edit: (s) => editModel(s, 'Message', (body) => replaceOnce(body, /(providerId\s+String\?\s+)@unique/, '$1')),
      differences: [/^unique index Message\.Message_providerId_key: in the database .*, not in schema\.prisma$/],
    },
    {
      name: 'an index the migrations never created',
      edit: (s) => editModel(s, 'Client', (body) => `${body}  @@index([email])\n`),
      differences: [/^index Client\.Client_email_idx: in schema\.prisma \{"columns":\["email"\],"method":"btree"\}, missing from the database$/],
    },
    {
      name: 'index columns in another order',
      edit: (s) => editModel(s, 'Message', (body) => replaceOnce(body, '@@index([direction, status])', '@@index([status, direction])')),
      differences: [
        /^index Message\.Message_direction_status_idx: in the database .*, not in schema\.prisma$/,
        /^index Message\.Message_status_direction_idx: in schema\.prisma .*, missing from the database$/,
      ],
    },
    {
      name: 'a different ON DELETE rule (Prisma default for a required relation is RESTRICT)',
      edit: (s) => editModel(s, 'Case', (body) => replaceOnce(body, /(client\s+Client\s+@relation\(fields: \[clientId\], references: \[id\]), onDelete: Cascade\)/, '$1)')),
      differences: [/^foreign key Case\.Case_clientId_fkey: database has \{.*"onDelete":"CASCADE".*schema\.prisma says \{.*"onDelete":"RESTRICT"/],
    },
    {
      name: 'a different ON UPDATE rule',
      edit: (s) => editModel(s, 'Message', (body) => replaceOnce(body, 'onDelete: Cascade)', 'onDelete: Cascade, onUpdate: NoAction)')),
      differences: [/^foreign key Message\.Message_conversationId_fkey: database has \{.*"onUpdate":"CASCADE"\}, schema\.prisma says \{.*"onUpdate":"NO ACTION"\}$/],
    },
    {
      name: 'a foreign key the migrations never created',
      edit: (s) =>
        editModel(
          editModel(s, 'AuditLog', (body) => `${body}  case Case? @relation(fields: [caseId], references: [id])\n`),
          'Case',
          (body) => `${body}  auditLogs AuditLog[]\n`,
        ),
      differences: [/^foreign key AuditLog\.AuditLog_caseId_fkey: in schema\.prisma .*"onDelete":"SET NULL","onUpdate":"CASCADE"\}, missing from the database$/],
    },
    {
      name: 'a table the schema no longer has',
      edit: (s) => replaceOnce(s, /\n(\/\/\/[^\n]*\n)*model AuditLog \{[^}]*\}\n/, '\n'),
      differences: [/^table AuditLog: in the database, not in schema\.prisma$/],
    },
    {
      name: 'an enum the migrations never created',
      edit: (s) => `${editModel(s, 'Case', (body) => `${body}  kind CaseKind @default(SPEEDING)\n`)}\nenum CaseKind {\n  SPEEDING\n  PARKING\n}\n`,
      differences: [
        /^column Case\.kind: in schema\.prisma \{"type":"CaseKind","nullable":false,"default":"SPEEDING"\}, missing from the database$/,
        /^enum CaseKind: in schema\.prisma \["SPEEDING","PARKING"\], missing from the database$/,
      ],
    },
  ];

  it.each(drifts)('notices $name', async ({ edit, differences }) => {
    const drifted = await schemaDatabaseShape(edit(schemaText));
    const found = compareShapes(actual, drifted);
    expect(found).toHaveLength(differences.length);
    expect(found).toEqual(expect.arrayContaining(differences.map((pattern) => expect.stringMatching(pattern))));
    expect(actual).not.toEqual(drifted);
  });

  it('reads the live database rather than echoing the schema', async () => {
    class Rollback extends Error {}
    let found: string[] = [];
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE "Client" ADD COLUMN "bar" VARCHAR(10) DEFAULT 'x'`);
        await tx.$executeRawUnsafe(`CREATE INDEX "Client_phone_idx" ON "Client" ("phone" DESC)`);
        await tx.$executeRawUnsafe(`ALTER TABLE "Case" DROP CONSTRAINT "Case_conversationId_fkey"`);
        found = compareShapes(await readDatabaseShape(tx), expected);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(found).toEqual([
      'column Client.bar: in the database {"type":"character varying(10)","nullable":true,"default":"x"}, not in schema.prisma',
      'foreign key Case.Case_conversationId_fkey: in schema.prisma {"columns":["conversationId"],"referencedTable":"Conversation","referencedColumns":["id"],"onDelete":"SET NULL","onUpdate":"CASCADE"}, missing from the database',
      'index Client.Client_phone_idx: in the database {"columns":["phone DESC"],"method":"btree"}, not in schema.prisma',
    ]);
    // The DDL was rolled back.
    expect(compareShapes(await readDatabaseShape(db.prisma), expected)).toEqual([]);
  });
});

/** Applies `edit` to the body of `model <name> { ... }`; fails if the model is not found exactly once. */
function editModel(schema: string, model: string, edit: (body: string) => string): string {
  const pattern = new RegExp(`(\\nmodel ${model} \\{\\n)([^}]*)(\\})`, 'g');
  const matches = schema.match(pattern) ?? [];
  if (matches.length !== 1) throw new Error(`model ${model} found ${matches.length} times in schema.prisma`);
  return schema.replace(pattern, (_all, head: string, body: string, tail: string) => head + edit(body) + tail);
}

/** Replaces exactly one occurrence, so a drift case cannot silently stop applying when the schema changes. */
function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const pattern = typeof search === 'string' ? new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(search.source, `${search.flags.replace('g', '')}g`);
  const count = (text.match(pattern) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one match of ${pattern} in the schema text, found ${count}`);
  return text.replace(pattern, replacement);
}
