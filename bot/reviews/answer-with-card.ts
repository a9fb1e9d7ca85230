import { buildReviewCard } from './build-review-card.js';
import type { ReviewActionContext } from './review-action-context.js';
import type { ReviewActionResult } from './review-port.js';

/** What a review action's transaction decided. */
export type ReviewActionOutcome = 'done' | 'already' | 'decided' | 'stale' | 'not_found';

/** The action's result with the card as it is now (what Slack shows, whoever won a race). */
export async function answerWithCard({ prisma, settings }: ReviewActionContext, { reviewId, outcome, now }: { reviewId: string; outcome: ReviewActionOutcome; now: Date }): Promise<ReviewActionResult> {
  if (outcome === 'not_found') return { kind: 'not_found' };
  const card = await buildReviewCard({ prisma, settings, now, where: { id: reviewId } });
  if (!card) return { kind: 'not_found' };
  if (outcome === 'stale') return { kind: 'not_allowed', card, reason: 'stale_version' };
  if (outcome === 'decided') return { kind: 'not_allowed', card, reason: card.status === 'closed' ? 'closed' : 'decided' };
  return { kind: outcome, card };
}
