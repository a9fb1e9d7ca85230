export interface CoalescedRunner {
  /** Runs now, or, when a run is under way, once more after it; resolves with what the runs handled. */
  run(): Promise<number>;
  /** Resolves when no run is under way (shutdown). */
  settled(): Promise<void>;
}

export interface CreateCoalescedRunnerOptions {
  /** One pass over the due work; resolves with how many items it handled. */
  pass: () => Promise<number>;
  /** Stops the extra passes (shutting down). */
  isStopped?: () => boolean;
}

/**
 * A worker loop woken by kicks, timers and tests at once: never two passes
 * side by side, and a kick during a pass is not lost (one more pass follows).
 * The outbox and the email outbox share it.
 */
export function createCoalescedRunner({ pass, isStopped = () => false }: CreateCoalescedRunnerOptions): CoalescedRunner {
  let running: Promise<number> | undefined;
  let rerun = false;
  return {
    run() {
      if (running) {
        rerun = true;
        return running;
      }
      running = (async () => {
        let total = 0;
        do {
          rerun = false;
          total += await pass();
        } while (rerun && !isStopped());
        return total;
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
    async settled() {
      await running?.catch(() => undefined);
    },
  };
}
