export interface IngestPressure {
  /** An inbound message was just accepted (or is being accepted). */
  note(): void;
  /** More inbound messages arrived in the last window than the worker should compete with. */
  isHigh(): boolean;
}

export interface CreateIngestPressureOptions {
  /** Messages per window above which turns give way to acknowledgements. */
  threshold?: number;
  windowMs?: number;
  /** Monotonic milliseconds (performance.now); tests pass their own. */
  nowMs?: () => number;
}

/**
 * Acknowledging a webhook is one insert; a turn is ~15 ms of CPU on the same
 * event loop. During a burst the turns would make every provider wait (and
 * retry), so while messages pour in the worker runs one turn at a time and
 * the backlog is worked off when the burst ends: stored first, read after.
 * Counts arrivals in the current and previous window (a sliding estimate).
 */
export function createIngestPressure({ threshold = 20, windowMs = 250, nowMs = () => performance.now() }: CreateIngestPressureOptions = {}): IngestPressure {
  let windowStart = nowMs();
  let current = 0;
  let previous = 0;
  const roll = () => {
    const now = nowMs();
    const elapsed = now - windowStart;
    if (elapsed < windowMs) return elapsed / windowMs;
    const windows = Math.floor(elapsed / windowMs);
    previous = windows === 1 ? current : 0;
    current = 0;
    windowStart += windows * windowMs;
    return (now - windowStart) / windowMs;
  };
  return {
    note() {
      roll();
      current++;
    },
    isHigh() {
      const through = roll();
      return current + previous * (1 - through) > threshold;
    },
  };
}
