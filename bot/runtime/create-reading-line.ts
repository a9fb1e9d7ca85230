import type { ReadingInLine } from '../../flows/conversation/reading-in-line.js';
import type { OcrPoolStatus } from '../../intake/ocr/create-ocr-pool.js';

export interface PlaceInLineOptions {
  /** The photo (its media id): the same photo keeps its place from one try to the next. */
  key: string;
  status: OcrPoolStatus;
  /** The driver was already told: read as soon as its turn comes, no second notice. */
  inLine: boolean;
  /** A longer wait is announced before reading. */
  noticeAfterMs: number;
  now: number;
}

export interface ReadingLine {
  /** Read now (null), or in line: where, about how long, and when to try again. */
  place(options: PlaceInLineOptions): ReadingInLine | null;
  /** Photos in line now (for the logs and the benchmark). */
  size(): number;
}

const MIN_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;
// A photo whose next try does not come this long after it was due was given up (a new photo,
// typed details, a conversation erased): it no longer holds anyone back.
const GRACE_MS = 2 * 60_000;

/**
 * The line of photos waiting for the OCR pool, in arrival order, in front of
 * its queue. A turn that waits in the pool's queue holds one of the
 * conversation worker's slots (16 by default) the whole time, so only
 * 2 × workers photos may wait there (the pool's own hard limit aside); the
 * others wait here, outside any turn: the machine was answered `in_line`,
 * the driver told, and a TIMER.READ_IN_LINE tries again at half the
 * estimated wait. A photo enters the pool only when fewer photos are ahead
 * of it in this line than there is room, so later photos do not overtake.
 * In memory: after a restart the timers still come and the line re-forms.
 */
export function createReadingLine(): ReadingLine {
  const entries = new Map<string, { expiresAt: number }>();

  const prune = (now: number) => {
    for (const [key, entry] of entries) if (entry.expiresAt < now) entries.delete(key);
  };
  const aheadOf = (key: string) => {
    let ahead = 0;
    for (const other of entries.keys()) {
      if (other === key) return ahead;
      ahead++;
    }
    return ahead;
  };

  return {
    size: () => entries.size,
    place({ key, status, inLine, noticeAfterMs, now }) {
      prune(now);
      const ahead = aheadOf(key);
      const position = status.position + ahead;
      const waitMs = (Math.max(0, position - status.workers) / status.workers) * status.averageReadMs;
      const inLineNow = (retryInMs: number): ReadingInLine => {
        const entry = entries.get(key);
        if (entry) entry.expiresAt = now + retryInMs + GRACE_MS;
        else entries.set(key, { expiresAt: now + retryInMs + GRACE_MS });
        return { kind: 'in_line', position, waitSeconds: Math.ceil(waitMs / 1000), retryInMs };
      };
      const room = Math.max(0, Math.min(status.queueLimit, 2 * status.workers) - status.waiting);
      if (ahead < room) {
        if (inLine || waitMs <= noticeAfterMs) {
          entries.delete(key);
          return null;
        }
        // Room, but a long wait: tell the driver first; the read waits in the pool in the next turn.
        return inLineNow(0);
      }
      return inLineNow(Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, Math.round(waitMs / 2))));
    },
  };
}
