import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

export interface IngestBacklog {
  inboundReceived: number;
  outboxOpen: number;
}

export interface WaitForIngestDrainOptions {
  db: pg.Client;
  /** Give up after this long and report what is left. */
  capMs: number;
  pollMs?: number;
  /** Called on each poll (progress line). */
  onPoll?: (backlog: IngestBacklog, elapsedMs: number) => void;
}

/** Waits until every inbound message is processed and every outbox entry has left (sent or dead), or the cap. */
export async function waitForIngestDrain({ db, capMs, pollMs = 1_000, onPoll }: WaitForIngestDrainOptions): Promise<IngestBacklog & { drained: boolean; elapsedMs: number }> {
  const started = Date.now();
  for (;;) {
    const { rows } = await db.query<{ received: string; open: string }>(
      `SELECT (SELECT count(*) FROM "Message" WHERE direction = 'in' AND status = 'received') AS received,
              (SELECT count(*) FROM "OutboxEntry" WHERE status IN ('pending', 'sending')) AS open`,
    );
    const backlog = { inboundReceived: Number(rows[0].received), outboxOpen: Number(rows[0].open) };
    const elapsedMs = Date.now() - started;
    onPoll?.(backlog, elapsedMs);
    if (backlog.inboundReceived === 0 && backlog.outboxOpen === 0) return { ...backlog, drained: true, elapsedMs };
    if (elapsedMs >= capMs) return { ...backlog, drained: false, elapsedMs };
    await sleep(pollMs);
  }
}
