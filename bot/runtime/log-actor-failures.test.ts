import { Writable } from 'node:stream';
import { createActor, toPromise } from 'xstate';
import { describe, expect, it } from 'vitest';
import { QC_SPEEDING_OUTCOME } from '../../tickets/test-support/ticket-outcomes.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetrics } from '../observability/create-metrics.js';
import { createAnalysisActor } from './create-analysis-actor.js';
import { createTicketActors } from './create-ticket-actors.js';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...chunk.toString().split('\n').filter(Boolean).map((line: string) => JSON.parse(line)));
      callback();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

/** The machine turns a failed read or analysis into a reply; the operator still sees it in the logs and metrics. */
describe('actor failures are logged and counted', () => {
  it('logs and counts an analysis that fails outright, then lets the machine handle it', async () => {
    const { logger, lines } = capturedLogger();
    const metrics = createMetrics();
    const actor = createAnalysisActor({ getAnalyser: async () => Promise.reject(new TypeError('store unreachable')), logger, metrics, now: () => new Date('2026-11-21T15:00:00Z') });
    const run = createActor(actor, { input: { caseId: 'case-1', ticket: QC_SPEEDING_OUTCOME.ticket!, deadline: null, missingFields: [], language: 'fr' } });
    run.start();
    await expect(toPromise(run)).rejects.toThrow('store unreachable');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'case analysis failed', caseId: 'case-1' }));
    expect(await metrics.registry.getSingleMetricAsString('ticket911_analyses_total')).toContain('ticket911_analyses_total{status="failed",engine="none"} 1');
  });

  it('logs and counts a ticket read that fails outright', async () => {
    const { logger, lines } = capturedLogger();
    const metrics = createMetrics();
    const extractor = { extract: async () => Promise.reject(new RangeError('decoder crashed')), revise: async () => Promise.reject(new RangeError('x')), warmUp: async () => {}, close: async () => {} };
    const actors = createTicketActors({ prisma: {} as never, mediaStore: {} as never, extractor, logger, metrics, now: () => new Date() });
    const run = createActor(actors.readTicket, { input: { caseId: null, includeCaseMedia: false, media: [], text: 'excès de vitesse', market: 'qc', language: 'fr' } });
    run.start();
    await expect(toPromise(run)).rejects.toThrow('decoder crashed');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'ticket read failed', step: 'read' }));
    expect(await metrics.registry.getSingleMetricAsString('ticket911_errors_total')).toContain('ticket911_errors_total{kind="ticket_read"} 1');
  });
});
