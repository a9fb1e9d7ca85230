import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashDraftText } from '../../reviews/hash-draft-text.js';
import { readPdf } from '../../pdf/test-support/read-pdf.js';
import { acceptInboundMessage } from '../../bot/runtime/accept-inbound-message.js';
import { EDIT_BLOCK_ID, EDIT_ACTION_ID } from '../../channels/slack/render-edit-modal.js';
import { REASON_ACTION_ID, REASON_BLOCK_ID } from '../../channels/slack/render-reason-modal.js';
import { OUTCOME_BLOCKS } from '../../channels/slack/render-outcome-modal.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseInReview } from '../support/seed-case-in-review.js';
import { fakeSlackWebApi, postSlackPayload, slackButtonClick, slackViewSubmission, type SlackApiCall } from '../support/slack-driver.js';

const SECRET = 'slack-signing-secret-for-tests-0123';
const STAFF_TOKEN = 'staff-token-reviews-0123456789abcdef';
const LAWYER = 'ULAWYER1';
const STRANGER = 'USTRANGER9';
const CHANNEL = 'CQCLAWYERS';

const click = (actionId: string, reviewId: string, who = LAWYER, ts?: string) => slackButtonClick({ actionId, value: reviewId, user: who, channel: CHANNEL, ts });
const submission = (callbackId: string, metadata: unknown, values: Record<string, Record<string, unknown>>, who = LAWYER) => slackViewSubmission({ callbackId, metadata, values, user: who });

/**
 * The lawyer's side, through the whole app: the card posted in the market's
 * channel (urgent first), signed Slack interactions at /slack/events, the
 * Web API calls asserted with nock, and what the driver is told.
 */
describe('lawyer review in Slack', () => {
  let t: TestApp;
  const clock = createTestClock('2026-11-21T15:00:00Z');
  const slackCalls: SlackApiCall[] = [];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({
      clock,
      env: {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_CHANNEL_QC: CHANNEL,
        SLACK_LAWYERS_USERGROUP_ID: 'SLAWYERS',
        SLACK_ON_DUTY_QC: 'UONDUTY',
        STAFF_API_TOKEN: STAFF_TOKEN,
      },
    });
  });
  afterEach(() => {
    nock.cleanAll();
    slackCalls.length = 0;
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await t.close();
  });

  /** Slack's Web API as nock answers it; every call is kept with its form body. */
  const slackApi = (answers: Record<string, Record<string, unknown>> = {}) => fakeSlackWebApi({ calls: slackCalls, lawyers: [LAWYER, 'ULAWYER2'], channel: CHANNEL, answers });
  const post = (payload: unknown, { timestamp, secret = SECRET }: { timestamp?: number; secret?: string } = {}) => postSlackPayload({ app: t.app.express, payload, secret, timestamp });
  /** Bolt acks first and works after: wait until the Web API call the work ends with. */
  const until = async (predicate: () => boolean) => {
    for (let i = 0; i < 500 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(predicate()).toBe(true);
  };
  const calls = (method: string) => slackCalls.filter((c) => c.method === method);

  it('posts the urgent card first, with the first name and case number only, the on-duty lawyer mentioned and the deadline in red', async () => {
    const calm = await seedCaseInReview({ t, firstName: 'Léa', respondBy: '2026-12-20' });
    const urgent = await seedCaseInReview({ t, firstName: 'Zoé', respondBy: '2026-11-24' });
    await t.db.prisma.client.updateMany({ where: { id: { in: [calm.clientId, urgent.clientId] } }, data: { phone: '+15145550199', email: 'zoe@example.com' } });
    // Slack was unreachable while both were queued (the worker's kicks failed and backed off): once it is back, urgent goes first.
    for (let i = 0; i < 500; i++) {
      const tried = await t.db.prisma.slackPost.count({ where: { reviewId: { in: [calm.reviewId, urgent.reviewId] }, status: 'pending', attempts: { gte: 1 } } });
      if (tried === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    clock.advance(60_000);
    slackApi();
    await t.app.slackOutbox.runOnce();
    const posts = calls('chat.postMessage');
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((p): Record<string, string> => ({ channel: '', text: '', blocks: '', attachments: '', ...p.body }));
    expect(first!.channel).toBe(CHANNEL);
    expect(first!.text).toContain('<@UONDUTY>');
    expect(`${first!.blocks}${first!.attachments}`).toContain('Zoé');
    expect(first!.attachments).toContain('#d00000');
    expect(second!.attachments).not.toContain('#d00000');
    expect(`${second!.blocks}${second!.attachments}`).toContain('Léa');
    for (const p of posts) {
      const all = JSON.stringify(p.body);
      expect(all).not.toMatch(/5145550199|zoe@example\.com/);
      expect(all).toContain('PLAIDOYER DE NON-CULPABILIT');
    }
    const reviews = await t.db.prisma.lawyerReview.findMany({ where: { id: { in: [calm.reviewId, urgent.reviewId] } } });
    expect(reviews.every((r) => r.slackChannel === CHANNEL && r.slackTs)).toBe(true);
  });

  it('refuses a forged or stale signature with 401, before anything runs', async () => {
    slackApi();
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();
    slackCalls.length = 0;
    await post(click('review_approve', seeded.reviewId), { secret: 'not-the-secret' }).expect(401);
    await post(click('review_approve', seeded.reviewId), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }).expect(401);
    expect(slackCalls).toEqual([]);
    expect((await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } })).status).toBe('pending');
  });

  it('refuses a non-lawyer with an ephemeral message and changes nothing', async () => {
    slackApi();
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();
    await post(click('review_approve', seeded.reviewId, STRANGER)).expect(200);
    await until(() => calls('chat.postEphemeral').length === 1);
    expect(calls('chat.postEphemeral')[0]!.body).toMatchObject({ channel: CHANNEL, user: STRANGER });
    expect(calls('chat.update')).toEqual([]);
    expect((await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } })).status).toBe('pending');
  });

  it('an edit makes version 2; a double click on Approve approves once and freezes v2; the driver gets the final document', async () => {
    slackApi({ 'views.open': { ok: true, view: { id: 'V1' } } });
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();

    await post(click('review_edit', seeded.reviewId)).expect(200);
    await until(() => calls('views.open').length === 1);
    const modal = JSON.parse(calls('views.open')[0]!.body.view!) as { blocks: { element?: { initial_value?: string } }[]; private_metadata: string };
    expect(modal.blocks.some((b) => b.element?.initial_value?.startsWith('PLAIDOYER DE NON-CULPABILITÉ'))).toBe(true);
    const edited = 'PLAIDOYER DE NON-CULPABILITÉ — version revue par l’avocate.\nDemande de communication de la preuve.';
    await post(submission('review_edit_submit', JSON.parse(modal.private_metadata), { [EDIT_BLOCK_ID]: { [EDIT_ACTION_ID]: { type: 'plain_text_input', value: edited } } })).expect(200);
    await until(() => calls('chat.update').length === 1);
    const versions = await t.db.prisma.draftVersion.findMany({ where: { caseId: seeded.caseId }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.createdBy])).toEqual([[1, 'analysis'], [2, `slack:${LAWYER}`]]);

    // Two clicks at once: one approval, one "already approved".
    await Promise.all([post(click('review_approve', seeded.reviewId)).expect(200), post(click('review_approve', seeded.reviewId)).expect(200)]);
    await until(() => calls('chat.update').length === 2 && calls('chat.postEphemeral').length === 1);
    const review = await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } });
    expect(review).toMatchObject({ status: 'approved', decidedBy: `slack:${LAWYER}`, approvedVersion: 2, approvedSha256: hashDraftText(edited) });
    expect(await t.db.prisma.auditLog.count({ where: { caseId: seeded.caseId, action: 'review.approved', actor: `slack:${LAWYER}` } })).toBe(1);
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).status).toBe('approved');

    await t.app.scheduler.runOnce();
    await t.settle();
    const said = (await seeded.transcript()).filter((text) => text.includes('/documents/'));
    expect(said).toHaveLength(1);
    const link = /https:\/\/bot\.example\.test(\/documents\/[A-Za-z0-9_-]{22})/.exec(said[0]!)![1]!;
    const pdf = await request(t.app.express).get(link).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200).expect('content-type', 'application/pdf');
    const text = (await readPdf(pdf.body as Buffer)).text;
    expect(text).toContain('version revue par l’avocate');
    expect(text).toContain(hashDraftText(edited).slice(0, 16));
    // An edit after approval is refused: the approved version stays frozen.
    await post(submission('review_edit_submit', JSON.parse(modal.private_metadata), { [EDIT_BLOCK_ID]: { [EDIT_ACTION_ID]: { type: 'plain_text_input', value: 'autre' } } })).expect(200);
    await until(() => calls('chat.postEphemeral').length === 2);
    expect(await t.db.prisma.draftVersion.count({ where: { caseId: seeded.caseId } })).toBe(2);
  });

  it('relays the lawyer question to the driver and the answer back to the card thread', async () => {
    slackApi({ 'views.open': { ok: true, view: { id: 'V2' } } });
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();
    const cardTs = (await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } })).slackTs!;
    await post(click('review_ask', seeded.reviewId, LAWYER, cardTs)).expect(200);
    await until(() => calls('views.open').length === 1);
    const modal = JSON.parse(calls('views.open')[0]!.body.view!) as { private_metadata: string; callback_id: string };
    expect(modal.callback_id).toBe('review_ask_submit');
    await post(submission('review_ask_submit', JSON.parse(modal.private_metadata), { [REASON_BLOCK_ID]: { [REASON_ACTION_ID]: { type: 'plain_text_input', value: 'Le panneau de vitesse était-il visible?' } } })).expect(200);
    await until(() => calls('chat.update').length === 1);
    await t.app.scheduler.runOnce();
    await t.settle();
    expect((await seeded.transcript()).at(-1)).toContain('Le panneau de vitesse était-il visible?');

    const conversation = await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: seeded.conversationId } });
    await acceptInboundMessage({ prisma: t.db.prisma, message: { channel: 'web', address: conversation.address, providerId: 'answer-1', text: 'Non, caché par un arbre', media: [], receivedAt: clock.now() }, numbers: {} });
    t.app.worker.enqueue(conversation.id);
    await t.settle();
    await t.app.slackOutbox.runOnce();
    const threadPosts = calls('chat.postMessage').filter((c) => c.body.thread_ts === cardTs);
    expect(threadPosts.map((c) => c.body.text)).toEqual([expect.stringContaining('Le panneau de vitesse'), expect.stringContaining('Non, caché par un arbre')]);
    // Posted: the answer's text is not kept a second time in the outbox.
    expect((await t.db.prisma.slackPost.findMany({ where: { reviewId: seeded.reviewId, kind: 'answer' } })).map((p) => [p.status, p.text])).toEqual([['sent', null]]);
    expect((await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } })).status).toBe('pending');
  });

  it('a rejection tells the driver why and flags the refund; the hearing and the outcome come by the API and a shortcut', async () => {
    slackApi({ 'views.open': { ok: true, view: { id: 'V3' } } });
    const rejected = await seedCaseInReview({ t });
    const decided = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();

    await post(submission('review_reject_submit', { reviewId: rejected.reviewId, channel: CHANNEL }, { [REASON_BLOCK_ID]: { [REASON_ACTION_ID]: { type: 'plain_text_input', value: '   ' } } })).expect(200).expect((res) => {
      expect(res.body.response_action).toBe('errors');
    });
    await post(submission('review_reject_submit', { reviewId: rejected.reviewId, channel: CHANNEL }, { [REASON_BLOCK_ID]: { [REASON_ACTION_ID]: { type: 'plain_text_input', value: 'Le délai pour plaider est expiré.' } } })).expect(200);
    await until(() => calls('chat.update').length === 1);
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: rejected.caseId } })).toMatchObject({ status: 'rejected', flagReason: 'refund_due' });
    await t.app.scheduler.runOnce();
    await t.settle();
    const told = (await rejected.transcript()).slice(-2).join('\n');
    expect(told).toContain('Le délai pour plaider est expiré.');
    expect(told).toMatch(/rembours/);

    // The other case: approved, then its hearing by the staff API, then the outcome from Slack.
    await post(click('review_approve', decided.reviewId)).expect(200);
    await until(() => calls('chat.update').length === 2);
    const api = (path: string, body: unknown) => request(t.app.express).post(path).set('Authorization', `Bearer ${STAFF_TOKEN}`).send(body as object);
    await api(`/api/v1/cases/${decided.caseId}/hearing`, { date: '2027-02-03', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' }).expect(201);
    await api(`/api/v1/cases/${decided.caseId}/hearing`, { date: '2027-02-03', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' }).expect(200);
    await api(`/api/v1/cases/${decided.caseId}/hearing`, { date: '2026-02-30', time: '09:30', court: 'X' }).expect(400);
    await api(`/api/v1/cases/${decided.caseId}/hearing`, { date: '2026-01-05', time: '09:30', court: 'X' }).expect(422);
    await api(`/api/v1/cases/${decided.caseId}/hearing`, { date: '2027-02-03', time: '9h', court: 'X' }).expect(400);
    await api('/api/v1/cases/no-such-case/hearing', { date: '2027-02-03', time: '09:30', court: 'X' }).expect(404);
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: decided.caseId } })).hearingAt?.toISOString()).toBe('2027-02-03T14:30:00.000Z');

    await post(submission('record_outcome_submit', { caseId: decided.caseId, channel: CHANNEL }, {
      [OUTCOME_BLOCKS.outcome.block_id]: { [OUTCOME_BLOCKS.outcome.action_id]: { type: 'static_select', selected_option: { value: 'reduced', text: { type: 'plain_text', text: 'x' } } } },
      [OUTCOME_BLOCKS.points.block_id]: { [OUTCOME_BLOCKS.points.action_id]: { type: 'number_input', value: '2' } },
      [OUTCOME_BLOCKS.fine.block_id]: { [OUTCOME_BLOCKS.fine.action_id]: { type: 'number_input', value: '125.50' } },
    })).expect(200);
    await until(() => calls('chat.update').length === 3);
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: decided.caseId } })).toMatchObject({ status: 'closed', outcome: 'reduced', outcomePoints: 2, outcomeFineCents: 12550 });
    await api(`/api/v1/cases/${decided.caseId}/outcome`, { outcome: 'acquitted' }).expect(409);
    await t.app.scheduler.runOnce();
    await t.settle();
    const last = (await decided.transcript()).slice(-2).join('\n');
    expect(last).toContain('3 février 2027');
    expect(last).toContain('salle 3.10');
    expect(last).toMatch(/2 points/);

    const stats = await request(t.app.express).get('/api/v1/stats').set('Authorization', `Bearer ${STAFF_TOKEN}`).expect(200);
    expect(stats.body.successRate.overall).toMatchObject({ closed: 1, successes: 1 });
    expect(stats.body.calibration.cases).toBe(1);
  });

  it('when the client erases their data, the card is replaced and the relayed messages are deleted in Slack', async () => {
    slackApi();
    const seeded = await seedCaseInReview({ t });
    await t.app.slackOutbox.runOnce();
    await t.app.reviews.ask({ reviewId: seeded.reviewId, actor: `slack:${LAWYER}`, question: 'Aviez-vous un passager?' });
    await t.app.slackOutbox.runOnce();
    const review = await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: seeded.reviewId } });
    const questionTs = (await t.db.prisma.slackPost.findFirstOrThrow({ where: { reviewId: seeded.reviewId, kind: 'question' } })).slackTs;
    const conversation = await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: seeded.conversationId } });
    const say = async (text: string, providerId: string) => {
      await acceptInboundMessage({ prisma: t.db.prisma, message: { channel: 'web', address: conversation.address, providerId, text, media: [], receivedAt: clock.now() }, numbers: {} });
      t.app.worker.enqueue(conversation.id);
      await t.settle();
    };
    // The erasure's turn wakes the Slack outbox itself; runOnce makes sure its pass is done.
    const before = slackCalls.length;
    await say('SUPPRIMER MES DONNÉES', 'erase-1');
    await say('oui', 'erase-2');
    expect(await t.db.prisma.lawyerReview.count({ where: { id: seeded.reviewId } })).toBe(0);
    await t.app.slackOutbox.runOnce();
    await until(() => slackCalls.slice(before).some((c) => c.method === 'chat.delete'));
    const after = slackCalls.slice(before);
    const update = after.find((c) => c.method === 'chat.update')!.body;
    expect(update).toMatchObject({ channel: CHANNEL, ts: review.slackTs, blocks: '[]', attachments: '[]' });
    expect(update.text).toMatch(/effacé ses données/);
    expect(after.filter((c) => c.method === 'chat.delete').map((c) => c.body)).toEqual([expect.objectContaining({ channel: CHANNEL, ts: questionTs })]);
    expect(await t.db.prisma.slackPost.count({ where: { kind: { in: ['erase', 'delete'] }, status: 'sent' } })).toBeGreaterThanOrEqual(2);
  });
});
