import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';

describe('database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('stores and reads a conversation through Prisma', async () => {
    const created = await db.prisma.conversation.create({ data: { channel: 'sms', address: '+15145550100' } });
    const found = await db.prisma.conversation.findUnique({ where: { channel_address: { channel: 'sms', address: '+15145550100' } } });
    expect(found?.id).toBe(created.id);
  });

  it('rolls back an interactive transaction that throws', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.conversation.create({ data: { channel: 'web', address: 'rollback-me' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.prisma.conversation.count({ where: { address: 'rollback-me' } })).toBe(0);
  });

  it('keeps concurrent transactions isolated', async () => {
    const conv = await db.prisma.conversation.create({ data: { channel: 'web', address: 'counter' } });
    await Promise.all(
      Array.from({ length: 10 }, () =>
        db.prisma.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Conversation" WHERE id = ${conv.id} FOR UPDATE`;
          const row = await tx.conversation.findUniqueOrThrow({ where: { id: conv.id } });
          await tx.conversation.update({ where: { id: conv.id }, data: { revision: row.revision + 1 } });
        }),
      ),
    );
    const final = await db.prisma.conversation.findUniqueOrThrow({ where: { id: conv.id } });
    expect(final.revision).toBe(10);
  });

  it('records migrations the way Prisma Migrate does', async () => {
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`SELECT migration_name, checksum FROM "_prisma_migrations"`;
    expect(rows.map((r) => r.migration_name)).toContain('20261121000000_init');
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
