import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCapturingLogger } from '../botframework/create-capturing-logger.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createSlackLawyerDirectory } from './create-slack-lawyer-directory.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function setup({ userGroupId = 'SLAWYERS' as string | null } = {}) {
  const { logger, lines } = createCapturingLogger();
  const client = new webApi.WebClient('xoxb-test', { logger: createBoltLogger({ logger }), retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  let now = 1_000_000;
  const directory = createSlackLawyerDirectory({ client, userGroupId, logger, ttlMs: 60_000, now: () => now });
  return { directory, lines, advance: (ms: number) => (now += ms) };
}

describe('createSlackLawyerDirectory', () => {
  it('asks Slack for the group once, then answers from the cache until the TTL passes', async () => {
    const { directory, advance } = setup();
    const first = nock('https://slack.com')
      .post('/api/usergroups.users.list', (body: Record<string, string>) => body.usergroup === 'SLAWYERS')
      .reply(200, { ok: true, users: ['ULAWYER1'] });
    expect(await directory.isLawyer('ULAWYER1')).toBe(true);
    expect(await directory.isLawyer('USTRANGER')).toBe(false);
    expect(first.isDone()).toBe(true);

    advance(59_000);
    expect(await directory.isLawyer('ULAWYER1')).toBe(true);

    // A lawyer removed from the group loses access once the cache expires.
    nock('https://slack.com').post('/api/usergroups.users.list').reply(200, { ok: true, users: ['ULAWYER2'] });
    advance(2_000);
    expect(await directory.isLawyer('ULAWYER1')).toBe(false);
    expect(await directory.isLawyer('ULAWYER2')).toBe(true);
  });

  it('fails closed and logs a warning when Slack cannot list the group, then recovers', async () => {
    const { directory, lines } = setup();
    nock('https://slack.com').post('/api/usergroups.users.list').reply(200, { ok: false, error: 'missing_scope' });
    expect(await directory.isLawyer('ULAWYER1')).toBe(false);
    expect(lines()).toContain('could not list the lawyers user group');
    nock('https://slack.com').post('/api/usergroups.users.list').replyWithError('socket hang up');
    expect(await directory.isLawyer('ULAWYER1')).toBe(false);
    nock('https://slack.com').post('/api/usergroups.users.list').reply(200, { ok: true, users: ['ULAWYER1'] });
    expect(await directory.isLawyer('ULAWYER1')).toBe(true);
  });

  it('shares one request between clicks that arrive together', async () => {
    const { directory } = setup();
    const scope = nock('https://slack.com').post('/api/usergroups.users.list').once().reply(200, { ok: true, users: ['ULAWYER1'] });
    expect(await Promise.all([directory.isLawyer('ULAWYER1'), directory.isLawyer('ULAWYER1')])).toEqual([true, true]);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses everyone without a user group, and says so once', async () => {
    const { directory, lines } = setup({ userGroupId: null });
    expect(await directory.isLawyer('ULAWYER1')).toBe(false);
    expect(await directory.isLawyer('ULAWYER2')).toBe(false);
    expect(lines().match(/no lawyers user group configured/g)).toHaveLength(1);
  });
});
