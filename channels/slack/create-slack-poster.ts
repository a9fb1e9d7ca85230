import type { webApi } from '@slack/bolt';
import type { ReviewCard, SlackPoster } from '../../bot/reviews/review-port.js';
import { SendError } from '../../bot/runtime/ports.js';
import type { Market } from '../../flows/markets.js';
import { renderReviewCard } from './render-review-card.js';
import { toSlackSendError } from './to-slack-send-error.js';

export interface CreateSlackPosterOptions {
  /** Best built with retryConfig { retries: 0 } and rejectRateLimitedCalls: the outbox owns retries. */
  client: webApi.WebClient;
  /** The Slack channel of each market's lawyers. */
  channels: Partial<Record<Market, string>>;
}

/** Cards and thread replies to Slack; every failure is a SendError the outbox can act on. */
export function createSlackPoster({ client, channels }: CreateSlackPosterOptions): SlackPoster {
  async function call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toSlackSendError(error);
    }
  }

  return {
    async postCard(card: ReviewCard) {
      const channel = channels[card.market];
      if (!channel) throw new SendError(`slack: no channel configured for market ${card.market}`, { retryable: false, code: 'no_channel' });
      const { text, blocks, attachments } = renderReviewCard({ card });
      const result = await call(() => client.chat.postMessage({ channel, text, blocks, attachments, unfurl_links: false, unfurl_media: false }));
      if (!result.channel || !result.ts) throw new SendError('slack: chat.postMessage answered without channel or ts', { retryable: false, code: 'bad_response' });
      return { channel: result.channel, ts: result.ts };
    },

    async postThreadReply({ channel, threadTs, text }) {
      const result = await call(() => client.chat.postMessage({ channel, thread_ts: threadTs, text, unfurl_links: false, unfurl_media: false }));
      if (!result.ts) throw new SendError('slack: chat.postMessage answered without ts', { retryable: false, code: 'bad_response' });
      return { ts: result.ts };
    },

    async updateCard(card: ReviewCard) {
      // Not posted yet: the card will be posted whole, nothing to update.
      if (!card.slack) return;
      const { channel, ts } = card.slack;
      const { text, blocks, attachments } = renderReviewCard({ card });
      await call(() => client.chat.update({ channel, ts, text, blocks, attachments }));
    },

    async replaceWithNotice({ channel, ts, text }) {
      // Empty blocks and attachments drop the card's content and its buttons; the text stays.
      await call(() => client.chat.update({ channel, ts, text, blocks: [], attachments: [] }));
    },

    async deleteMessage({ channel, ts }) {
      try {
        await call(() => client.chat.delete({ channel, ts }));
      } catch (error) {
        // Already gone (deleted by hand in Slack): what the erasure wanted is true.
        if (error instanceof SendError && error.options.code === 'message_not_found') return;
        throw error;
      }
    },
  };
}
