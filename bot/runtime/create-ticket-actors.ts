import { fromPromise } from 'xstate';
import type { ReadTicketInput, ReviseTicketInput } from '../../flows/conversation/conversation-machine.js';
import type { Market } from '../../flows/markets.js';
import type { TicketExtractor } from '../../intake/create-ticket-extractor.js';
import type { IntakeOutcome, RevisionOutcome } from '../../tickets/ticket-intake-outcome.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { MediaStore } from '../media/create-media-store.js';
import type { Metrics } from '../observability/create-metrics.js';

export interface CreateTicketActorsOptions {
  prisma: PrismaClient;
  mediaStore: MediaStore;
  /** Its OCR worker starts on the first photo that needs it. */
  extractor: TicketExtractor;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
}

const JURISDICTION_OF_MARKET: Record<Market, Jurisdiction> = { qc: 'QC', on: 'ON', ny: 'NY' };

/** The conversation machine's readTicket and reviseTicket actors, over the media store and the extractor. */
export function createTicketActors({ prisma, mediaStore, extractor, logger, metrics, now }: CreateTicketActorsOptions) {
  async function documentsOf(input: ReadTicketInput) {
    const ids = input.media.flatMap((m) => (m.id ? [m.id] : []));
    if (input.includeCaseMedia && input.caseId) {
      const found = await prisma.case.findUnique({ where: { id: input.caseId }, select: { media: true } });
      const stored = Array.isArray(found?.media) ? (found.media as { id?: string }[]) : [];
      ids.unshift(...stored.flatMap((m) => (typeof m?.id === 'string' ? [m.id] : [])));
    }
    const files = [];
    for (const id of ids) {
      const file = await mediaStore.read(id);
      if (file) files.push({ bytes: file.data, contentType: file.contentType });
    }
    return files;
  }

  /** Times a read, counts its outcome, and logs (never the ticket's content) a read that failed outright. */
  async function observe<Outcome extends IntakeOutcome | RevisionOutcome>(step: 'read' | 'revise', read: () => Promise<Outcome>): Promise<Outcome> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await read();
    } catch (error) {
      // The machine answers the driver ("could not read"); the operator must see why.
      logger.error({ err: error, step }, 'ticket read failed');
      metrics?.errors.inc({ kind: 'ticket_read' });
      throw error;
    }
    const source = 'source' in outcome ? outcome.source : 'none';
    metrics?.ticketReads.inc({ step, outcome: outcome.kind, source });
    metrics?.ticketReadDuration.observe({ step, source }, (performance.now() - started) / 1000);
    logger.info({ step, outcome: outcome.kind, source, ms: Math.round(performance.now() - started) }, 'ticket read');
    return outcome;
  }

  return {
    readTicket: fromPromise<IntakeOutcome, ReadTicketInput>(async ({ input }) =>
      observe('read', async () => {
        const files = await documentsOf(input);
        return extractor.extract(
          { files, text: files.length > 0 ? null : input.text },
          { marketHint: input.market ? JURISDICTION_OF_MARKET[input.market] : null, now: now() },
        );
      }),
    ),
    reviseTicket: fromPromise<RevisionOutcome, ReviseTicketInput>(async ({ input }) =>
      observe('revise', () =>
        extractor.revise({
          draft: input.draft,
          text: input.text,
          language: input.language,
          marketHint: input.market ? JURISDICTION_OF_MARKET[input.market] : null,
          now: now(),
        }),
      ),
    ),
  };
}
