import { createHmac } from 'node:crypto';
import nock from 'nock';
import type { Express } from 'express';
import request from 'supertest';

const TEAM = { id: 'T0FIRM', domain: 'ticket911' };
const user = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM.id });

/** Slack's documented request signature: v0= HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signSlackBody(body: string, timestamp: number, secret: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts an interactivity payload to /slack/events the way Slack does: form-encoded payload=<json>, signed. */
export function postSlackPayload({ app, payload, secret, timestamp = Math.floor(Date.now() / 1000) }: { app: Express; payload: unknown; secret: string; timestamp?: number }) {
  const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return request(app)
    .post('/slack/events')
    .set('content-type', 'application/x-www-form-urlencoded')
    .set('x-slack-request-timestamp', String(timestamp))
    .set('x-slack-signature', signSlackBody(body, timestamp, secret))
    .send(body);
}

/** A block_actions payload: a button of a card clicked (Slack's documented shape). */
export function slackButtonClick({ actionId, value, user: who, channel, ts = '1763740000.000100' }: { actionId: string; value: string; user: string; channel: string; ts?: string }) {
  return {
    type: 'block_actions',
    team: TEAM,
    user: user(who),
    api_app_id: 'A0REVIEW',
    token: 'legacy',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-${actionId}`,
    channel: { id: channel, name: 'lawyers' },
    message: { type: 'message', ts, text: 'card' },
    response_url: 'https://hooks.slack.com/actions/T0FIRM/1/abc',
    actions: [{ type: 'button', action_id: actionId, block_id: 'review_actions', text: { type: 'plain_text', text: 'x' }, value, action_ts: '1763740001.000200' }],
  };
}

/** A view_submission payload: a modal submitted with its state values. */
export function slackViewSubmission({ callbackId, metadata, values, user: who }: { callbackId: string; metadata: unknown; values: Record<string, Record<string, unknown>>; user: string }) {
  return {
    type: 'view_submission',
    team: TEAM,
    user: user(who),
    api_app_id: 'A0REVIEW',
    token: 'legacy',
    trigger_id: 'trigger-submit',
    view: { id: 'V0MODAL', team_id: TEAM.id, type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(metadata), state: { values }, hash: 'h', title: { type: 'plain_text', text: 'x' }, blocks: [], app_id: 'A0REVIEW', bot_id: 'B0REVIEW' },
  };
}

export interface SlackApiCall {
  method: string;
  body: Record<string, string>;
}

/**
 * Slack's Web API as nock answers it, every call kept with its form body:
 * the lawyers' user group, chat.postMessage (a new ts each time), and `answers`
 * for the other methods ({ ok: true } by default).
 */
export function fakeSlackWebApi({ calls, lawyers, channel, answers = {} }: { calls: SlackApiCall[]; lawyers: string[]; channel: string; answers?: Record<string, Record<string, unknown>> }) {
  let ts = 0;
  return nock('https://slack.com')
    .persist()
    .post(/\/api\/.*/)
    .reply((uri, body) => {
      const method = uri.replace('/api/', '');
      calls.push({ method, body: typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, string>) });
      if (method === 'usergroups.users.list') return [200, { ok: true, users: lawyers }];
      if (method === 'chat.postMessage') return [200, { ok: true, channel, ts: `1763740000.00${String(++ts).padStart(4, '0')}` }];
      return [200, answers[method] ?? { ok: true }];
    });
}
