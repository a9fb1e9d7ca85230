import type { App } from '@slack/bolt';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { LawyerDirectory, LawyerReviewPort, SlackPoster } from '../../bot/reviews/review-port.js';
import type { Market } from '../../flows/markets.js';

/** What every Slack listener of the review needs. */
export interface ReviewHandlerContext {
  app: App;
  reviews: LawyerReviewPort;
  directory: LawyerDirectory;
  poster: SlackPoster;
  channels: Partial<Record<Market, string>>;
  logger: Logger;
}

/** The actor recorded in the review history for a Slack user. */
export function slackActor(userId: string): string {
  return `slack:${userId}`;
}
