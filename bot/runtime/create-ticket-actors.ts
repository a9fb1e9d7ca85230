import { randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { ReadTicketInput, ReviseTicketInput } from '../../flows/conversation/conversation-machine.js';
import type { ReadingInLine } from '../../flows/conversation/reading-in-line.js';
import { OcrBusyError, type OcrPoolStatus } from '../../intake/ocr/create-ocr-pool.js';
import type { Market } from '../../flows/markets.js';
import type { TicketExtractor } from '../../intake/create-ticket-extractor.js';
import type { IntakeOutcome, RevisionOutcome } from '../../tickets/ticket-intake-outcome.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { MediaStore } from '../media/create-media-store.js';
import type { Metrics } from '../observability/create-metrics.js';
import { createReadingLine } from './create-reading-line.js';

export interface CreateTicketActorsOptions {
  prisma: PrismaClient;
  mediaStore: MediaStore;
  /** Its OCR worker starts on the first photo that needs it. */
  extractor: TicketExtractor;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
  /** The offline readers' queue (absent when Claude reads photos): a photo that would wait long is put in line and the driver told. */
  ocrQueue?: { status(): OcrPoolStatus };
  /** A longer estimated wait for a reader is announced ("your ticket is in line") before reading. */
  ocrNoticeAfterMs?: number;
}

const JURISDICTION_OF_MARKET: Record<Market, Jurisdiction> = { qc: 'QC', on: 'ON', ny: 'NY' };

/** The conversation machine's readTicket and reviseTicket actors, over the media store and the extractor. */
export function createTicketActors({ prisma, mediaStore, extractor, logger, metrics, now, ocrQueue, ocrNoticeAfterMs = 10_000 }: CreateTicketActorsOptions) {
  const line = createReadingLine();
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
      // A full OCR queue is not a failure: the photo is put in line (readTicket below).
      if (error instanceof OcrBusyError) throw error;
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
    readTicket: fromPromise<IntakeOutcome | ReadingInLine, ReadTicketInput>(async ({ input }) => {
      const files = await documentsOf(input);
      // The held photo's media id keeps its place in the line from one try to the next.
      const key = input.media.find((m) => m.id)?.id ?? randomUUID();
      const place = (status: OcrPoolStatus, inLine: boolean) => line.place({ key, status, inLine, noticeAfterMs: ocrNoticeAfterMs, now: now().getTime() });
      const putInLine = (placed: ReadingInLine) => {
        logger.info({ step: 'read', position: placed.position, waitSeconds: placed.waitSeconds, retryInMs: placed.retryInMs, inLine: line.size() }, 'ticket put in line');
        metrics?.ticketReads.inc({ step: 'read', outcome: 'in_line', source: 'ocr' });
        return placed;
      };
      if (files.length > 0 && ocrQueue) {
        const placed = place(ocrQueue.status(), input.inLine ?? false);
        if (placed) return putInLine(placed);
      }
      try {
        return await observe('read', () =>
          extractor.extract(
            { files, text: files.length > 0 ? null : input.text },
            { marketHint: input.market ? JURISDICTION_OF_MARKET[input.market] : null, now: now() },
          ),
        );
      } catch (error) {
        // The queue filled up between the look above and the OCR (other photos were decoded meanwhile).
        if (!(error instanceof OcrBusyError) || !ocrQueue) throw error;
        const { status } = error;
        return putInLine(place(status, true) ?? { kind: 'in_line', position: status.position, waitSeconds: Math.ceil(status.estimatedWaitMs / 1000), retryInMs: 1_000 });
      }
    }),
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
