import { QC_SPEEDING_ANALYSIS } from '../../knowledge/analysis/test-support/analysis-outcomes.js';
import type { TestApp } from './create-test-app.js';
import { seedCaseAwaitingSignature, type CaseAwaitingSignature } from './seed-case-awaiting-signature.js';

export interface CaseInReview extends CaseAwaitingSignature {
  reviewId: string;
}

/**
 * A paid case whose analysis scored and whose mandate was just signed: the
 * signature reaches the conversation the way bot/signing/sign-mandate.ts sends
 * it (MANDATE.SIGNED through the scheduler), and the real turn puts the case
 * before a lawyer (review, draft version 1, the Slack card queued).
 */
export async function seedCaseInReview({ t, firstName = 'Zoé', respondBy }: { t: TestApp; firstName?: string; respondBy?: string }): Promise<CaseInReview> {
  const seeded = await seedCaseAwaitingSignature({ t, firstName });
  const { prisma } = t.db;
  await prisma.caseAnalysis.create({
    data: { caseId: seeded.caseId, status: 'scored', engine: 'offline', promptVersion: 'rules-test', score: QC_SPEEDING_ANALYSIS.score, result: QC_SPEEDING_ANALYSIS as object, retrievedChunkIds: [], createdAt: t.clock.now() },
  });
  if (respondBy) await prisma.case.update({ where: { id: seeded.caseId }, data: { respondBy: new Date(`${respondBy}T00:00:00Z`) } });
  const request = await prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId, status: 'open' } });
  await prisma.$transaction([
    prisma.signatureRequest.update({ where: { id: request.id }, data: { status: 'signed', signedAt: t.clock.now() } }),
    prisma.case.update({ where: { id: seeded.caseId }, data: { status: 'signed' } }),
    prisma.scheduledJob.create({
      data: {
        id: `mandate-signed:${request.id}`,
        conversationId: seeded.conversationId,
        event: { type: 'MANDATE.SIGNED', caseId: seeded.caseId, signatureRequestId: request.id, signedPdfUrl: 'https://bot.example.test/signed/seeded' },
        runAt: t.clock.now(),
      },
    }),
  ]);
  await t.app.scheduler.runOnce();
  await t.settle();
  const review = await prisma.lawyerReview.findUniqueOrThrow({ where: { caseId: seeded.caseId } });
  return { ...seeded, reviewId: review.id };
}
