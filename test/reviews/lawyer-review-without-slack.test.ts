import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseInReview } from '../support/seed-case-in-review.js';

const STAFF_TOKEN = 'staff-token-no-slack-0123456789abcdef';

/** A firm that has not set Slack up: nothing crashes, the case waits on /staff and in the API. */
describe('lawyer review without Slack', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { STAFF_API_TOKEN: STAFF_TOKEN } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('says Slack is off, marks the card off, answers 503 at /slack/events, and the staff API still records the hearing', async () => {
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();
    expect(await t.db.prisma.slackPost.findMany({ where: { reviewId: seeded.reviewId }, select: { kind: true, status: true, lastError: true } })).toEqual([{ kind: 'card', status: 'off', lastError: 'slack_off' }]);
    const events = await request(t.app.express).post('/slack/events').send('payload=%7B%7D').expect(503);
    expect(events.body.error.code).toBe('integration_off');
    await request(t.app.express)
      .post(`/api/v1/cases/${seeded.caseId}/hearing`)
      .set('Authorization', `Bearer ${STAFF_TOKEN}`)
      .send({ date: '2027-01-12', time: '13:00', court: 'Cour municipale de Montréal' })
      .expect(201);
    const stats = await request(t.app.express).get('/api/v1/stats').set('Authorization', `Bearer ${STAFF_TOKEN}`).expect(200);
    expect(stats.body.byStage.find((row: { status: string }) => row.status === 'signed')).toMatchObject({ total: 1 });
  });
});
