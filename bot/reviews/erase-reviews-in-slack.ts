import type { Prisma } from '../../prisma/generated/client.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { translate } from '../../i18n/translate.js';

export interface EraseReviewsInSlackOptions {
  tx: Prisma.TransactionClient;
  clientId: string;
  now: Date;
}

/**
 * A client erased their data: the reviews go with their cases (cascade), and
 * what we put in Slack must go too. Unsent posts are dropped; the card is
 * replaced by a line saying the data was erased, and the question and answer
 * replies in its thread are deleted — through the Slack outbox, so an outage
 * of Slack does not undo an erasure. Returns how many Slack messages will change.
 */
export async function eraseReviewsInSlack({ tx, clientId, now }: EraseReviewsInSlackOptions): Promise<number> {
  const reviews = await tx.lawyerReview.findMany({
    where: { case: { clientId } },
    select: { id: true, market: true, slackChannel: true, slackTs: true, posts: { where: { status: 'sent', kind: { in: ['question', 'answer'] } }, select: { slackTs: true } } },
  });
  if (reviews.length === 0) return 0;
  await tx.slackPost.deleteMany({ where: { reviewId: { in: reviews.map((review) => review.id) } } });
  const erasures: Prisma.SlackPostCreateManyInput[] = [];
  for (const review of reviews) {
    if (!review.slackChannel || !review.slackTs) continue;
    const language = MARKETS[marketOf(review.market)].defaultLanguage;
    erasures.push({ kind: 'erase', priority: 0, text: translate(language, 'review.slackErased'), targetChannel: review.slackChannel, targetTs: review.slackTs, createdAt: now, nextAttemptAt: now });
    for (const post of review.posts) {
      if (post.slackTs) erasures.push({ kind: 'delete', priority: 0, targetChannel: review.slackChannel, targetTs: post.slackTs, createdAt: now, nextAttemptAt: now });
    }
  }
  if (erasures.length > 0) await tx.slackPost.createMany({ data: erasures });
  return erasures.length;
}
