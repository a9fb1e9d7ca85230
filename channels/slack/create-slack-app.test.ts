import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCapturingLogger } from '../botframework/create-capturing-logger.js';
import { createFakeReviewPort } from './fake-review-port.test-support.js';
import { createSlackApp } from './create-slack-app.js';
import { makeReviewCard } from './make-review-card.test-support.js';
import { buttonClick, createSlackTestApp, interceptSlackWithNock } from './slack-test-app.test-support.js';

interceptSlackWithNock();
afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSlackApp (HTTP mode)', () => {
  it('answers 401 to a request signed with another secret, and calls nothing', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const response = await post(buttonClick({ actionId: 'review_approve' }), { secret: 'not-the-signing-secret-0000000000' });
    expect(response.status).toBe(401);
    expect(fake.calls).toEqual([]);
  });

  it('answers 401 to a correctly signed request older than five minutes (replay)', async () => {
    const { post, fake } = createSlackTestApp({ cards: [makeReviewCard()] });
    const response = await post(buttonClick({ actionId: 'review_approve' }), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(fake.calls).toEqual([]);
  });

  it("logs Bolt's warnings through our logger, never to the console", async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    const { post, lines } = createSlackTestApp({ cards: [makeReviewCard()] });
    await post(buttonClick({ actionId: 'review_approve' }), { secret: 'not-the-signing-secret-0000000000' });
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    expect(lines()).toContain('Request verification failed');
    expect(lines()).not.toContain('review_approve');
  });

  it('has no router in Socket Mode, and start/stop do nothing before a start', async () => {
    const { logger } = createCapturingLogger();
    const slack = createSlackApp({
      botToken: 'xoxb-test',
      appToken: 'xapp-1-test',
      channels: { on: 'CON' },
      reviews: createFakeReviewPort({ cards: [] }).port,
      logger,
      lawyersUserGroupId: 'SLAWYERS',
    });
    expect(slack.router).toBeNull();
    await expect(slack.stop()).resolves.toBeUndefined();
  });

  it('refuses to build an HTTP endpoint without a signing secret', () => {
    const { logger } = createCapturingLogger();
    expect(() => createSlackApp({ botToken: 'xoxb-test', channels: {}, reviews: createFakeReviewPort({ cards: [] }).port, logger })).toThrow(/signing secret/);
  });
});
