import { fromPromise } from 'xstate';
import type { AnalyseCaseInput } from '../../flows/conversation/conversation-machine.js';
import type { ContestAnalysisOutcome } from '../../knowledge/analysis/contest-analysis-outcome.js';
import type { ContestAnalyser } from '../../knowledge/analysis/create-contest-analyser.js';
import { todayInTimeZone } from '../../tickets/today-in-time-zone.js';
import { TIME_ZONE_BY_JURISDICTION } from '../../tickets/ticket-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';

export interface CreateAnalysisActorOptions {
  /** Created on first use: loading the corpus into the store costs a second or two. */
  getAnalyser: () => Promise<ContestAnalyser>;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
}

/** The conversation machine's analyseCase actor: "today" is the case's own calendar day. */
export function createAnalysisActor({ getAnalyser, logger, metrics, now }: CreateAnalysisActorOptions) {
  return fromPromise<ContestAnalysisOutcome, AnalyseCaseInput>(async ({ input, signal }) => {
    const started = performance.now();
    let outcome: ContestAnalysisOutcome;
    try {
      const analyser = await getAnalyser();
      outcome = await analyser.analyse({
        ticket: input.ticket,
        language: input.language,
        today: todayInTimeZone(now(), TIME_ZONE_BY_JURISDICTION[input.ticket.jurisdiction]),
        respondBy: input.deadline?.respondBy ?? null,
        missingFields: input.missingFields,
        signal,
      });
    } catch (error) {
      // The machine answers the driver (a lawyer looks); the operator must see why.
      logger.error({ err: error, caseId: input.caseId }, 'case analysis failed');
      metrics?.analyses.inc({ status: 'failed', engine: 'none' });
      throw error;
    }
    const engine = outcome.status === 'scored' ? outcome.engine : 'none';
    metrics?.analyses.inc({ status: outcome.status, engine });
    metrics?.analysisDuration.observe({ engine }, (performance.now() - started) / 1000);
    logger.info(
      { caseId: input.caseId, status: outcome.status, engine, score: outcome.status === 'scored' ? outcome.analysis.score : null, ms: Math.round(performance.now() - started) },
      'case analysed',
    );
    return outcome;
  });
}
