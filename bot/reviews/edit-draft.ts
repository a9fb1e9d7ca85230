import { hashDraftText } from '../../reviews/hash-draft-text.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { answerWithCard } from './answer-with-card.js';
import { OPEN_REVIEW_STATUSES, type ReviewActionContext } from './review-action-context.js';
import type { ReviewActionResult } from './review-port.js';

export interface EditDraftOptions {
  reviewId: string;
  actor: string;
  text: string;
  /** The version the lawyer edited: if another lawyer saved one since, this edit is refused (stale). */
  baseVersion: number;
}

/** A new version of the draft; older ones are kept as they were. */
export async function editDraft(context: ReviewActionContext, { reviewId, actor, text, baseVersion }: EditDraftOptions): Promise<ReviewActionResult> {
  const { prisma } = context;
  const now = context.now();
  const outcome = await prisma.$transaction(async (tx) => {
    const review = await tx.lawyerReview.findUnique({ where: { id: reviewId }, include: { case: { select: { clientId: true } } } });
    if (!review) return 'not_found' as const;
    if (!OPEN_REVIEW_STATUSES.includes(review.status)) return 'decided' as const;
    const latest = await tx.draftVersion.findFirst({ where: { caseId: review.caseId }, orderBy: { version: 'desc' }, select: { version: true, sha256: true } });
    const current = latest?.version ?? 0;
    if (current !== baseVersion) return 'stale' as const;
    const sha256 = hashDraftText(text);
    if (latest && latest.sha256 === sha256) return 'unchanged' as const;
    const version = current + 1;
    // (caseId, version) is unique: of two edits of the same version at once, the second fails and is retried as stale.
    await tx.draftVersion.create({ data: { caseId: review.caseId, version, text, sha256, createdBy: actor, createdAt: now } });
    await tx.auditLog.create({
      data: { actor, action: 'review.edited', caseId: review.caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId, version, sha256, detail: `v${version}` }, at: now },
    });
    if (review.conversationId) {
      await scheduleConversationEvent({ tx, conversationId: review.conversationId, event: { type: 'LAWYER.EDITED', caseId: review.caseId, version }, runAt: now, id: `lawyer-edited:${reviewId}:${version}` });
    }
    return 'done' as const;
  }).catch((error: unknown) => {
    if ((error as { code?: string })?.code === 'P2002') return 'stale' as const;
    throw error;
  });
  return answerWithCard(context, { reviewId, outcome: outcome === 'unchanged' ? 'already' : outcome, now });
}
