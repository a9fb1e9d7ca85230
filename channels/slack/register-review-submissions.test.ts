import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { makeReviewCard } from './make-review-card.test-support.js';
import { CHANNELS, createSlackTestApp, LAWYER, parseField, STRANGER, viewSubmission, waitUntil , interceptSlackWithNock } from './slack-test-app.test-support.js';

type Body = Record<string, unknown>;

interceptSlackWithNock();

const text = (value: string) => ({ type: 'plain_text_input', value });
const reviewMetadata = { reviewId: 'rev-1', channel: CHANNELS.on };

describe('modal submissions', () => {
  it('edits the draft with the text and the version the lawyer started from, then updates the card', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    let sent: Body = {};
    const update = nock('https://slack.com')
      .post('/api/chat.update', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    const response = await post(
      viewSubmission({ callbackId: 'review_edit_submit', metadata: { ...reviewMetadata, baseVersion: 1 }, values: { draft: { draft_input: text('New text') } } }),
    );
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    await waitUntil(() => update.isDone());
    expect(fake.calls).toEqual([{ method: 'edit', options: { reviewId: 'rev-1', actor: `slack:${LAWYER}`, text: 'New text', baseVersion: 1 } }]);
    expect(JSON.stringify(parseField(sent.blocks))).toContain('New text');
  });

  it('tells the lawyer by an ephemeral line when the draft changed meanwhile (stale version)', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard({ draft: { ...makeReviewCard().draft, version: 2 } })] });
    let sent: Body = {};
    const ephemeral = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true });
    await post(viewSubmission({ callbackId: 'review_edit_submit', metadata: { ...reviewMetadata, baseVersion: 1 }, values: { draft: { draft_input: text('Mine') } } }));
    await waitUntil(() => ephemeral.isDone());
    expect(fake.calls.map((call) => call.method)).toEqual(['edit']);
    expect(sent).toMatchObject({ channel: CHANNELS.on, user: LAWYER });
    expect(sent.text).toContain('now version 2');
  });

  it('keeps the modal open with an error for an empty draft or an empty reject reason', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const emptyDraft = await post(viewSubmission({ callbackId: 'review_edit_submit', metadata: { ...reviewMetadata, baseVersion: 1 }, values: { draft: { draft_input: text('  ') } } }));
    expect(emptyDraft.body).toEqual({ response_action: 'errors', errors: { draft: 'The draft cannot be empty.' } });
    const emptyReason = await post(viewSubmission({ callbackId: 'review_reject_submit', metadata: reviewMetadata, values: { reason: { reason_input: text(' \n') } } }));
    expect(emptyReason.body).toEqual({ response_action: 'errors', errors: { reason: 'Write the reason.' } });
    expect(fake.calls).toEqual([]);
  });

  it('refuses a submission from someone who is no longer a lawyer, in the modal', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const response = await post(viewSubmission({ callbackId: 'review_reject_submit', user: STRANGER, metadata: reviewMetadata, values: { reason: { reason_input: text('No') } } }));
    expect(response.body).toEqual({ response_action: 'errors', errors: { reason: 'Only the firm’s lawyers can act on a case.' } });
    expect(fake.calls).toEqual([]);
  });

  it('rejects with the reason and asks the client the question', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard({ reviewId: 'rev-1' }), makeReviewCard({ reviewId: 'rev-2', caseId: 'case-2' })] });
    const updates = nock('https://slack.com').post('/api/chat.update').times(2).reply(200, { ok: true });
    await post(viewSubmission({ callbackId: 'review_reject_submit', metadata: reviewMetadata, values: { reason: { reason_input: text(' Out of our area ') } } }));
    await post(viewSubmission({ callbackId: 'review_ask_submit', metadata: { reviewId: 'rev-2' }, values: { reason: { reason_input: text('Were you the driver?') } } }));
    await waitUntil(() => updates.isDone());
    expect(fake.calls).toEqual([
      { method: 'reject', options: { reviewId: 'rev-1', actor: `slack:${LAWYER}`, reason: 'Out of our area' } },
      { method: 'ask', options: { reviewId: 'rev-2', actor: `slack:${LAWYER}`, question: 'Were you the driver?' } },
    ]);
  });

  it('records a hearing with date, time, court and room', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard({ status: 'approved' })] });
    const update = nock('https://slack.com').post('/api/chat.update').reply(200, { ok: true });
    await post(
      viewSubmission({
        callbackId: 'record_hearing_submit',
        metadata: { caseId: 'case-1', channel: CHANNELS.on },
        values: {
          hearing_date: { date: { type: 'datepicker', selected_date: '2027-01-15' } },
          hearing_time: { time: { type: 'timepicker', selected_time: '09:30' } },
          hearing_court: { court: text('Toronto Court, 10 Armoury St') },
          hearing_room: { room: text('') },
        },
      }),
    );
    await waitUntil(() => update.isDone());
    expect(fake.calls).toEqual([
      { method: 'recordHearing', options: { caseId: 'case-1', actor: `slack:${LAWYER}`, hearing: { date: '2027-01-15', time: '09:30', court: 'Toronto Court, 10 Armoury St', room: null } } },
    ]);
  });

  it('shows every missing hearing field in the modal before calling anything', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const response = await post(
      viewSubmission({ callbackId: 'record_hearing_submit', metadata: { caseId: 'case-1' }, values: { hearing_court: { court: text(' ') } } }),
    );
    expect(response.body.response_action).toBe('errors');
    expect(Object.keys(response.body.errors).sort()).toEqual(['hearing_court', 'hearing_date', 'hearing_time']);
    expect(fake.calls).toEqual([]);
  });

  it('records a reduced outcome with the fine in integer cents', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard({ status: 'approved' })] });
    const update = nock('https://slack.com').post('/api/chat.update').reply(200, { ok: true });
    await post(
      viewSubmission({
        callbackId: 'record_outcome_submit',
        metadata: { caseId: 'case-1', channel: CHANNELS.on },
        values: {
          outcome_choice: { outcome: { type: 'static_select', selected_option: { value: 'reduced', text: { type: 'plain_text', text: 'Reduced' } } } },
          outcome_points: { points: { type: 'number_input', value: null } },
          outcome_fine: { fine: { type: 'number_input', value: '125.50' } },
        },
      }),
    );
    await waitUntil(() => update.isDone());
    expect(fake.calls).toEqual([
      { method: 'recordOutcome', options: { caseId: 'case-1', actor: `slack:${LAWYER}`, outcome: { outcome: 'reduced', points: null, fineCents: 12550 } } },
    ]);
  });

  it('asks for the new points or fine of a reduced charge in the modal', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const response = await post(
      viewSubmission({
        callbackId: 'record_outcome_submit',
        metadata: { caseId: 'case-1', channel: CHANNELS.on },
        values: { outcome_choice: { outcome: { type: 'static_select', selected_option: { value: 'reduced' } } } },
      }),
    );
    expect(response.body).toEqual({ response_action: 'errors', errors: { outcome_points: 'For a reduced charge, give the new points or the new fine.' } });
    expect(fake.calls).toEqual([]);
  });
});
