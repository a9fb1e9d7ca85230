import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { makeReviewCard } from './make-review-card.test-support.js';
import { CHANNELS, createSlackTestApp, messageShortcut, parseField, STRANGER, waitUntil , interceptSlackWithNock } from './slack-test-app.test-support.js';

type Body = Record<string, unknown>;

interceptSlackWithNock();

describe('message shortcuts on a case card', () => {
  it('record_hearing opens the hearing modal for the case of that message, in its market language', async () => {
    const card = makeReviewCard({ market: 'qc', status: 'approved', slack: { channel: CHANNELS.qc, ts: '1763478000.000900' } });
    const { post, fake } = createSlackTestApp({ cards: [card] });
    let sent: Body = {};
    const open = nock('https://slack.com')
      .post('/api/views.open', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    expect((await post(messageShortcut({ callbackId: 'record_hearing', channel: CHANNELS.qc, ts: '1763478000.000900' }))).status).toBe(200);
    await waitUntil(() => open.isDone());
    expect(fake.calls).toEqual([{ method: 'cardForMessage', options: { channel: CHANNELS.qc, ts: '1763478000.000900' } }]);
    const view = parseField<{ callback_id: string; private_metadata: string; title: { text: string }; blocks: { block_id?: string; label?: { text: string } }[] }>(sent.view);
    expect(view.callback_id).toBe('record_hearing_submit');
    expect(JSON.parse(view.private_metadata)).toEqual({ caseId: 'case-1', channel: CHANNELS.qc });
    expect(view.title.text).toBe('Audience');
    expect(view.blocks.find((block) => block.block_id === 'hearing_time')?.label?.text).toBe('Heure (America/Montreal)');
  });

  it('record_outcome opens the outcome modal', async () => {
    const { post } = createSlackTestApp({ cards: [makeReviewCard({ status: 'approved' })] });
    let sent: Body = {};
    const open = nock('https://slack.com')
      .post('/api/views.open', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    await post(messageShortcut({ callbackId: 'record_outcome' }));
    await waitUntil(() => open.isDone());
    expect(parseField<{ callback_id: string }>(sent.view).callback_id).toBe('record_outcome_submit');
  });

  it('says to use it on a case card when the message is not one', async () => {
    const { post } = createSlackTestApp({ cards: [makeReviewCard()] });
    let sent: Body = {};
    const ephemeral = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    await post(messageShortcut({ callbackId: 'record_hearing', ts: '1111.2222' }));
    await waitUntil(() => ephemeral.isDone());
    expect(sent.text).toBe('Use this shortcut on a case card.');
  });

  it('refuses a non-lawyer without looking the card up', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    let sent: Body = {};
    const ephemeral = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    await post(messageShortcut({ callbackId: 'record_outcome', user: STRANGER }));
    await waitUntil(() => ephemeral.isDone());
    expect(sent).toMatchObject({ channel: CHANNELS.on, user: STRANGER, text: 'Only the firm’s lawyers can act on a case.' });
    expect(fake.calls).toEqual([]);
  });
});
