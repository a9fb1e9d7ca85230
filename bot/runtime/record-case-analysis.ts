import type { Prisma } from '../../prisma/generated/client.js';
import type { AnalysisRecord } from './turn-effects.js';

export interface RecordCaseAnalysisOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  outcome: AnalysisRecord;
}

/**
 * Stores one analysis with what a lawyer needs to see why it came out so
 * (engine, model, prompt or rules version, retrieved chunk ids, timings), and
 * moves the case on: `analysed` when scored, `needsLawyer` otherwise.
 */
export async function recordCaseAnalysis({ tx, caseId, outcome }: RecordCaseAnalysisOptions): Promise<void> {
  const scored = outcome.status === 'scored' ? outcome : null;
  await tx.caseAnalysis.create({
    data: {
      caseId,
      status: outcome.status,
      engine: scored?.engine ?? null,
      model: scored?.model ?? null,
      promptVersion: scored?.promptVersion ?? null,
      score: scored?.analysis.score ?? null,
      result: scored ? (scored.analysis as unknown as Prisma.InputJsonValue) : undefined,
      retrievedChunkIds: 'retrievedChunkIds' in outcome ? outcome.retrievedChunkIds : [],
      timings: 'timings' in outcome ? (outcome.timings as unknown as Prisma.InputJsonValue) : undefined,
      needsReview: scored?.needsReview ?? false,
      fallbackReason: scored?.fallbackReason ?? ('reason' in outcome ? outcome.reason : null),
    },
  });
  await tx.case.update({ where: { id: caseId }, data: { status: scored ? 'analysed' : 'needsLawyer' } });
}
