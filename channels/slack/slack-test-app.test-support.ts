/** Tests only. */
import { createHmac } from 'node:crypto';
import express from 'express';
import nock from 'nock';
import { afterEach, beforeEach } from 'vitest';
import request from 'supertest';
import type { ReviewCard } from '../../bot/reviews/review-port.js';
import { createCapturingLogger } from '../botframework/create-capturing-logger.js';
import { createSlackApp } from './create-slack-app.js';
import { createFakeReviewPort } from './fake-review-port.test-support.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const LAWYER = 'ULAWYER1';
export const STRANGER = 'USTRANGER';
export const CHANNELS = { qc: 'CQC', on: 'CON', ny: 'CNY' } as const;

/** Slack's documented request signature: v0= HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signSlackRequest({ body, timestamp, secret = SIGNING_SECRET }: { body: string; timestamp: number; secret?: string }): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The Slack app behind an express app, a fake review port, and the lawyers' user group answered by nock. */
export function createSlackTestApp({ cards }: { cards: ReviewCard[] }) {
  const { logger, lines } = createCapturingLogger();
  const fake = createFakeReviewPort({ cards });
  const slack = createSlackApp({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, channels: CHANNELS, reviews: fake.port, logger, lawyersUserGroupId: 'SLAWYERS' });
  const app = express();
  app.use(slack.router!);
  nock('https://slack.com').persist().post('/api/usergroups.users.list').reply(200, { ok: true, users: [LAWYER, 'ULAWYER2'] });

  /** Posts an interactivity payload the way Slack does: form-encoded payload=<json>, signed. */
  function post(payload: unknown, { timestamp = Math.floor(Date.now() / 1000), secret }: { timestamp?: number; secret?: string } = {}) {
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return request(app)
      .post('/slack/events')
      .set('content-type', 'application/x-www-form-urlencoded')
      .set('x-slack-request-timestamp', String(timestamp))
      .set('x-slack-signature', signSlackRequest({ body, timestamp, secret }))
      .send(body);
  }
  return { app, slack, fake, lines, post };
}

const TEAM = { id: 'T0FIRM', domain: 'ticket911' };

export function buttonClick({ actionId, user = LAWYER, reviewId = 'rev-1', channel = CHANNELS.on }: { actionId: string; user?: string; reviewId?: string; channel?: string }) {
  return {
    type: 'block_actions',
    team: TEAM,
    user: { id: user, username: 'lawyer', name: 'lawyer', team_id: TEAM.id },
    api_app_id: 'A0REVIEW',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1763478000.000100', channel_id: channel, is_ephemeral: false },
    trigger_id: '1337.42.abcdef',
    channel: { id: channel, name: 'lawyers' },
    message: { type: 'message', ts: '1763478000.000100', text: 'Case T911-000042', blocks: [] },
    response_url: 'https://hooks.slack.com/actions/T0FIRM/1/abc',
    actions: [{ type: 'button', action_id: actionId, block_id: 'review_actions', text: { type: 'plain_text', text: 'x' }, value: reviewId, action_ts: '1763478001.000200' }],
  };
}

export function viewSubmission({ callbackId, user = LAWYER, metadata, values }: { callbackId: string; user?: string; metadata: unknown; values: Record<string, Record<string, unknown>> }) {
  return {
    type: 'view_submission',
    team: TEAM,
    user: { id: user, username: 'lawyer', name: 'lawyer', team_id: TEAM.id },
    api_app_id: 'A0REVIEW',
    token: 'legacy-verification-token',
    trigger_id: '1337.43.abcdef',
    view: {
      id: 'V0MODAL',
      team_id: TEAM.id,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: JSON.stringify(metadata),
      state: { values },
      hash: '1763478002.abc',
      title: { type: 'plain_text', text: 'x' },
      blocks: [],
      app_id: 'A0REVIEW',
      bot_id: 'B0REVIEW',
    },
    response_urls: [],
  };
}

export function messageShortcut({ callbackId, user = LAWYER, channel = CHANNELS.on, ts = '1763478000.000100' }: { callbackId: string; user?: string; channel?: string; ts?: string }) {
  return {
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: '1337.44.abcdef',
    message_ts: ts,
    response_url: 'https://hooks.slack.com/app/T0FIRM/2/def',
    team: TEAM,
    channel: { id: channel, name: 'lawyers' },
    user: { id: user, name: 'lawyer' },
    message: { type: 'message', ts, text: 'Case T911-000042', bot_id: 'B0REVIEW' },
    token: 'legacy-verification-token',
    action_ts: '1763478003.000300',
  };
}

/** Polls until Bolt's work after the ack is visible (a nock scope done, a port call recorded). */
export async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('waitUntil: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A Web API form body field that the WebClient sent as JSON. */
export function parseField<T = unknown>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Slack is nock; only the loopback test server is reachable. Call once at the top of a test file. */
export function interceptSlackWithNock(): void {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
}
