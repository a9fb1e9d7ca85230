import { describe, expect, it } from 'vitest';
import { createCapturingLogger } from '../botframework/create-capturing-logger.js';
import { createBoltLogger } from './create-bolt-logger.js';

describe('createBoltLogger', () => {
  it('drops debug lines, where Bolt and the WebClient write request and response bodies', () => {
    const { logger, lines } = createCapturingLogger();
    const bolt = createBoltLogger({ logger });
    bolt.debug('http request body: {"text":"I plead not guilty"}');
    bolt.debug('ack() call begins (body: {"view":{}})');
    expect(lines()).toBe('');
  });

  it('keeps the first line of a warning, cut short, and an error as { err } without its message', () => {
    const { logger, lines } = createCapturingLogger();
    const bolt = createBoltLogger({ logger });
    bolt.warn(`http request failed\n${'secret body '.repeat(50)}`);
    bolt.error('Slack API error: channel_not_found', Object.assign(new Error('An API error occurred: channel_not_found'), { code: 'slack_webapi_platform_error' }));
    const [warn, error] = lines().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(warn).toMatchObject({ level: 'warn', msg: 'http request failed', source: 'slack-sdk' });
    expect(error).toMatchObject({ level: 'error', msg: 'Slack API error: channel_not_found', err: { code: 'slack_webapi_platform_error' } });
    expect(lines()).not.toContain('secret body');
  });

  it("ignores Bolt's attempts to change our level", () => {
    const { logger } = createCapturingLogger();
    const bolt = createBoltLogger({ logger });
    bolt.setLevel('error' as never);
    expect(logger.level).toBe('debug');
  });
});
