import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { makeReviewCard } from './make-review-card.test-support.js';
import { buttonClick, CHANNELS, createSlackTestApp, LAWYER, parseField, STRANGER, waitUntil , interceptSlackWithNock } from './slack-test-app.test-support.js';

type Body = Record<string, unknown>;

interceptSlackWithNock();

describe('card buttons', () => {
  it('refuses a non-lawyer with an ephemeral line in the market language, and never calls the port', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard({ market: 'qc', slack: { channel: CHANNELS.qc, ts: '1.1' } })] });
    let sent: Body = {};
    const ephemeral = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, message_ts: '1.2' });
    const response = await post(buttonClick({ actionId: 'review_approve', user: STRANGER, channel: CHANNELS.qc }));
    expect(response.status).toBe(200);
    await waitUntil(() => ephemeral.isDone());
    expect(sent).toMatchObject({ channel: CHANNELS.qc, user: STRANGER, text: 'Seuls les avocats du cabinet peuvent agir sur un dossier.' });
    expect(fake.calls).toEqual([]);
  });

  it('approves once as slack:<user> and updates the card without buttons', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    let sent: Body = {};
    const update = nock('https://slack.com')
      .post('/api/chat.update', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, channel: CHANNELS.on, ts: '1763478000.000100' });
    expect((await post(buttonClick({ actionId: 'review_approve' }))).status).toBe(200);
    await waitUntil(() => update.isDone());
    expect(fake.calls).toEqual([{ method: 'approve', options: { reviewId: 'rev-1', actor: `slack:${LAWYER}` } }]);
    expect(sent).toMatchObject({ channel: CHANNELS.on, ts: '1763478000.000100' });
    const blocks = parseField<{ type: string; elements?: { text?: string }[] }[]>(sent.blocks);
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Approved by <@${LAWYER}> at 2026-11-21 14:03` }] });
  });

  it('answers a double click on Approve with an ephemeral "already", without a second update', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const update = nock('https://slack.com').post('/api/chat.update').reply(200, { ok: true });
    let sent: Body = {};
    const ephemeral = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, message_ts: '1.2' });
    await post(buttonClick({ actionId: 'review_approve' }));
    await waitUntil(() => update.isDone());
    await post(buttonClick({ actionId: 'review_approve', user: 'ULAWYER2' }));
    await waitUntil(() => ephemeral.isDone());
    expect(fake.calls.map((call) => call.method)).toEqual(['approve', 'approve']);
    expect(sent).toMatchObject({ channel: CHANNELS.on, user: 'ULAWYER2' });
    expect(sent.text).toBe(`Already done, nothing changed: Approved by <@${LAWYER}> at 2026-11-21 14:03.`);
  });

  it('opens the edit modal with the current draft and its version', async () => {
    const { post } = createSlackTestApp({ cards: [makeReviewCard({ draft: { ...makeReviewCard().draft, version: 3, text: 'Draft v3 & more' } })] });
    let sent: Body = {};
    const open = nock('https://slack.com')
      .post('/api/views.open', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, view: { id: 'V1' } });
    await post(buttonClick({ actionId: 'review_edit' }));
    await waitUntil(() => open.isDone());
    expect(sent.trigger_id).toBe('1337.42.abcdef');
    const view = parseField<{ callback_id: string; private_metadata: string; blocks: { type: string; element?: { initial_value?: string; max_length?: number } }[] }>(sent.view);
    expect(view.callback_id).toBe('review_edit_submit');
    expect(JSON.parse(view.private_metadata)).toEqual({ reviewId: 'rev-1', baseVersion: 3, channel: CHANNELS.on });
    const input = view.blocks.find((block) => block.type === 'input');
    expect(input?.element).toMatchObject({ initial_value: 'Draft v3 & more', max_length: 3000 });
  });

  it.each([
    ['review_reject', 'review_reject_submit'],
    ['review_ask', 'review_ask_submit'],
  ])('%s opens its modal (%s)', async (actionId, callbackId) => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    let sent: Body = {};
    const open = nock('https://slack.com')
      .post('/api/views.open', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, view: { id: 'V1' } });
    await post(buttonClick({ actionId }));
    await waitUntil(() => open.isDone());
    const view = parseField<{ callback_id: string; private_metadata: string }>(sent.view);
    expect(view.callback_id).toBe(callbackId);
    expect(JSON.parse(view.private_metadata)).toEqual({ reviewId: 'rev-1', channel: CHANNELS.on });
    expect(fake.calls).toEqual([]);
  });
});
