export interface PollingLoop {
  stop(): void;
}

/**
 * Runs `run` now and then every `intervalMs` after each run ends (never two
 * at once, so a slow database cannot pile passes up). Errors are reported, not thrown.
 */
export function startPollingLoop({ run, intervalMs, onError }: { run: () => Promise<unknown>; intervalMs: number; onError: (error: unknown) => void }): PollingLoop {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    run()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
