import { App, ExpressReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Router } from 'express';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { LawyerDirectory, LawyerReviewPort, SlackPoster } from '../../bot/reviews/review-port.js';
import type { Market } from '../../flows/markets.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createSlackLawyerDirectory } from './create-slack-lawyer-directory.js';
import { createSlackPoster } from './create-slack-poster.js';
import { registerReviewHandlers } from './register-review-handlers.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface CreateSlackAppOptions {
  /** xoxb-… */
  botToken: string;
  /** Verifies Slack's requests in HTTP mode; unused in Socket Mode. */
  signingSecret?: string;
  /** xapp-…: when set, Slack is reached by Socket Mode and there is no HTTP endpoint. */
  appToken?: string | null;
  /** The lawyers' channel of each market. */
  channels: Partial<Record<Market, string>>;
  reviews: LawyerReviewPort;
  logger: Logger;
  /** The lawyers' user group (S…); without it every lawyer action is refused. */
  lawyersUserGroupId?: string | null;
  clientOptions?: { slackApiUrl?: string };
}

export interface SlackApp {
  /** Mount with app.use(router) BEFORE any body parser: Bolt verifies the signature on the raw body. Null in Socket Mode. */
  router: Router | null;
  poster: SlackPoster;
  directory: LawyerDirectory;
  /** Opens the Socket Mode connection; nothing to do in HTTP mode. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Slack side of the lawyer review on Bolt: listeners, the card poster and the lawyers' directory. */
export function createSlackApp({ botToken, signingSecret, appToken, channels, reviews, logger, lawyersUserGroupId, clientOptions }: CreateSlackAppOptions): SlackApp {
  const boltLogger = createBoltLogger({ logger });
  const socketMode = Boolean(appToken);
  if (!socketMode && !signingSecret) throw new Error('createSlackApp: a signing secret is required without an app token (HTTP mode)');
  const slackApiUrl = clientOptions?.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {};
  const receiver = appToken
    ? // Its own WebClient (apps.connections.open) takes the API URL from installerOptions, the logger from `logger`.
      new SocketModeReceiver({ appToken, logger: boltLogger, installerOptions: { clientOptions: slackApiUrl } })
    : // processBeforeResponse false: Slack gets its 200 at ack(), the port call runs after it.
      new ExpressReceiver({ signingSecret: signingSecret as string, endpoints: SLACK_EVENTS_PATH, processBeforeResponse: false, logger: boltLogger });
  const webClientOptions = {
    ...slackApiUrl,
    logger: boltLogger,
    // The outbox retries with its own backoff; the SDK retrying too would multiply the delays.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
  const app = new App({
    // Not `token`: with it Bolt calls auth.test before every event (tokenVerificationEnabled: false
    // only defers the call, it does not cache it), so a Slack hiccup would drop a lawyer's click.
    // The bot's own ids only serve to ignore its own messages, and we listen to no messages.
    authorize: async () => ({ botToken }),
    receiver,
    logger: boltLogger,
    clientOptions: webClientOptions,
  });
  // Cards, thread replies and the lawyers' group outside any listener.
  const client = new webApi.WebClient(botToken, webClientOptions);
  const poster = createSlackPoster({ client, channels });
  const directory = createSlackLawyerDirectory({ client, userGroupId: lawyersUserGroupId, logger });
  registerReviewHandlers({ app, reviews, directory, poster, channels, logger });
  // Bolt's default handler would log the error with its message; ours keeps name and code only.
  app.error(async (err) => {
    logger.error({ err }, 'slack: unhandled listener error');
  });

  let started = false;
  return {
    router: receiver instanceof ExpressReceiver ? (receiver.router as Router) : null,
    poster,
    directory,
    async start() {
      if (!socketMode || started) return;
      await app.start();
      started = true;
      logger.info('slack: connected by Socket Mode');
    },
    async stop() {
      if (!socketMode || !started) return;
      started = false;
      await app.stop();
    },
  };
}
