import type { CloudAdapter, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { SendError, type MessageSender } from '../../bot/runtime/ports.js';
import type { Logger } from '../../bot/logging/create-logger.js';
import { toBotFrameworkSendError } from './to-botframework-send-error.js';

export interface CreateBotFrameworkSenderOptions {
  adapter: CloudAdapter;
  /** The bot's MicrosoftAppId; absent in unauthenticated (emulator) mode. */
  appId?: string;
  logger: Logger;
}

/** The conversation reference convertActivityToMessage stored as channelData. */
const referenceSchema = z.looseObject({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

/** Sends outbox replies as proactive messages to the conversation the driver wrote from. */
export function createBotFrameworkSender({ adapter, appId, logger }: CreateBotFrameworkSenderOptions): MessageSender {
  return {
    channel: 'botframework',
    async send(message) {
      const parsed = referenceSchema.safeParse(message.channelData);
      if (!parsed.success) {
        throw new SendError('botframework: no conversation reference for this conversation', { retryable: false, code: 'no_reference' });
      }
      let sent: ResourceResponse | undefined;
      let failure: unknown;
      try {
        await adapter.continueConversationAsync(appId ?? '', parsed.data as unknown as Partial<ConversationReference>, async (context) => {
          // Caught inside the turn: errors reaching the adapter go to onTurnError, which only logs.
          try {
            prepareTurn(context);
            sent = await context.sendActivity(message.text);
          } catch (error) {
            failure = error;
          }
        });
      } catch (error) {
        failure = error;
      }
      if (failure !== undefined) {
        const sendError = toBotFrameworkSendError(failure);
        logger.warn(
          { messageId: message.messageId, err: failure, retryable: sendError.options.retryable },
          'botframework: send failed',
        );
        throw sendError;
      }
      // Every connector we know returns the new activity's id; the fallback keeps providerId unique.
      return { providerId: sent?.id || `bf:sent:${message.messageId}` };
    },
  };
}

function prepareTurn(context: TurnContext) {
  // The connector's pipeline retries 3 times in-process and sleeps through
  // Retry-After; the outbox owns retries (with its own backoff and attempt count).
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as
    | { client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } }
    | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });

  // A proactive turn's activity has a fresh random id, which sendActivity would use
  // as replyToId (POST …/activities/{random id}). Post to the conversation instead.
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) delete activity.replyToId;
    return next();
  });
}
