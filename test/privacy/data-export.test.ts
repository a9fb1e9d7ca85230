import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffMember } from '../../bot/staff-access/create-staff-member.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

const TOKEN = 'data-export-staff-token-0123456789';
const linkIn = (text: string) => new URL(/https:\/\/\S+\/privacy\/my-data\/\S+/.exec(text)![0]).pathname;

describe('ACCESS: a copy of the driver’s data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { STAFF_API_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers with a link serving this driver’s data and not another’s; the link expires', async () => {
    const alice = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: t.settle });
    await alice.say('my email is not here but Alice-Marker-123').expect(202);
    const bob = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: t.settle });
    await bob.say('Bob-Marker-456 writes').expect(202);
    await t.settle();
    await alice.newReplies();
    await alice.say('ACCESS').expect(202);
    await t.settle();
    const path = linkIn((await alice.newReplies()).at(-1)!);

    const res = await request(t.app.express).get(path).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = JSON.stringify(res.body);
    expect(body).toContain('Alice-Marker-123');
    expect(body).not.toContain('Bob-Marker-456');
    expect(res.body.conversations[0].consent).toBe('granted');
    const row = await t.db.prisma.dataExport.findFirstOrThrow();
    expect(path).not.toContain(row.tokenSha256);

    await request(t.app.express).get('/privacy/my-data/AAAAAAAAAAAAAAAAAAAAAA').expect(404);
    t.clock.advance(8 * 86_400_000);
    const expired = await request(t.app.express).get(path).expect(410);
    expect(expired.body.error.code).toBe('expired');
  });

  it('gives staff the same copy with a bearer token, and audits the read', async () => {
    const carol = await openConsentedWebChat({ app: t.app.express, language: 'fr', settle: t.settle });
    await carol.say('Carol-Marker-789').expect(202);
    await t.settle();
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: carol.sessionId } });
    const url = `/api/v1/clients/${conversation.clientId}/export`;
    await request(t.app.express).get(url).expect(401);
    await request(t.app.express).get(url).set('authorization', 'Bearer wrong-token').expect(401);
    const res = await request(t.app.express).get(url).set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(JSON.stringify(res.body)).toContain('Carol-Marker-789');
    // A named member's token works as well, and each read is audited under its actor.
    const { member, token } = await createStaffMember({ prisma: t.db.prisma, key: t.app.encryptionKey, name: 'Export Reader' });
    await request(t.app.express).get(url).set('authorization', `Bearer ${token}`).expect(200);
    const audits = await t.db.prisma.auditLog.findMany({ where: { action: 'staff.read', details: { path: ['targetId'], equals: conversation.clientId! } }, orderBy: { at: 'asc' } });
    expect(audits.map((audit) => audit.actor)).toEqual(['service', `staff:${member.id}`]);
    await request(t.app.express).get('/api/v1/clients/00000000-0000-0000-0000-000000000000/export').set('authorization', `Bearer ${TOKEN}`).expect(404);
  });
});
