import { CloudAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotFrameworkAdapter } from './create-botframework-adapter.js';
import { createCapturingLogger } from './create-capturing-logger.js';

const reference = {
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9',
  conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
  user: { id: 'user-1', name: 'Driver' },
  bot: { id: 'bot-1', name: 'Ticket911' },
};

describe('createBotFrameworkAdapter', () => {
  it('builds a CloudAdapter, warning when it runs unauthenticated', () => {
    const { logger, lines } = createCapturingLogger();
    expect(createBotFrameworkAdapter({ logger })).toBeInstanceOf(CloudAdapter);
    expect(lines()).toContain('not authenticated');
  });

  it('does not warn when an app id is configured', () => {
    const { logger, lines } = createCapturingLogger();
    createBotFrameworkAdapter({ appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', logger });
    expect(lines()).not.toContain('not authenticated');
  });

  it('logs a failed turn, without its message and without replying to the user', async () => {
    const { logger, lines } = createCapturingLogger();
    const adapter = createBotFrameworkAdapter({ logger });
    let sent = 0;
    await expect(
      adapter.continueConversationAsync('', reference, async (context) => {
        context.onSendActivities(async () => {
          sent += 1;
          return [];
        });
        throw new TypeError('cannot read the licence number H1234-56789-01234');
      }),
    ).resolves.toBeUndefined();
    expect(sent).toBe(0);
    expect(lines()).toContain('botframework: turn failed');
    expect(lines()).toContain('TypeError');
    expect(lines()).not.toContain('licence number');
  });
});
