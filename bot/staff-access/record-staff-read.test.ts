import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/create-test-database.js';
import { recordStaffRead } from './record-staff-read.js';

describe('recordStaffRead', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('writes one staff.read row naming the actor, the target by id, the route and the address, and links a client read to the client', async () => {
    const at = new Date('2026-11-21T15:00:00Z');
    await recordStaffRead({ prisma: db.prisma, actor: 'staff:m-1', targetType: 'client', targetId: 'client-9', route: 'GET /api/v1/clients/:id/export', ip: '203.0.113.7', now: at });
    const rows = await db.prisma.auditLog.findMany({ where: { action: 'staff.read' } });
    expect(rows).toEqual([
      expect.objectContaining({
        actor: 'staff:m-1',
        at,
        clientId: 'client-9',
        caseId: null,
        conversationId: null,
        details: { targetType: 'client', targetId: 'client-9', route: 'GET /api/v1/clients/:id/export', ip: '203.0.113.7' },
      }),
    ]);
  });
});
