/**
 * What the readTicket actor answers instead of a reading when the offline
 * readers are busy: the photo was not read, it waits its turn. The machine
 * tells the driver (once) and asks for TIMER.READ_IN_LINE after
 * `retryInMs`; the read happens in that later turn. Answering rather than
 * waiting inside the turn is what lets the notice go out now: a turn's
 * replies are only committed once its actors are done.
 */
export interface ReadingInLine {
  kind: 'in_line';
  /** Where the photo stands: 1 = next. */
  position: number;
  /** About how long until it is read. */
  waitSeconds: number;
  /** When to try reading again (0: at once, the read then waits in the readers' queue). */
  retryInMs: number;
}

export const isReadingInLine = (output: unknown): output is ReadingInLine => (output as { kind?: unknown } | undefined)?.kind === 'in_line';
