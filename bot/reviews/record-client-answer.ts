import type { Prisma } from '../../prisma/generated/client.js';

export interface RecordClientAnswerOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  conversationId: string;
  text: string;
  now: Date;
}

/**
 * The driver answered the lawyer's question: the answer goes to the case's
 * Slack thread (through the Slack outbox) and the review waits for the lawyer
 * again. The audit says an answer came, never what it says.
 */
export async function recordClientAnswer({ tx, caseId, conversationId, text, now }: RecordClientAnswerOptions): Promise<boolean> {
  const review = await tx.lawyerReview.findUnique({ where: { caseId }, select: { id: true, status: true } });
  if (!review) return false;
  if (review.status === 'question') {
    await tx.lawyerReview.update({ where: { id: review.id }, data: { status: 'pending', openQuestion: null } });
  }
  await tx.slackPost.create({ data: { reviewId: review.id, kind: 'answer', text, createdAt: now, nextAttemptAt: now } });
  await tx.auditLog.create({ data: { actor: 'client', action: 'review.answered', caseId, conversationId, details: { reviewId: review.id, length: text.length }, at: now } });
  return true;
}
