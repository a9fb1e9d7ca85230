import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPollingLoop } from './start-polling-loop.js';

describe('startPollingLoop', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at once, then every interval after each run ends, never two at once, until stopped', async () => {
    vi.useFakeTimers();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const run = async () => {
      runs += 1;
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 300)); // slower than the interval
      active -= 1;
    };
    const loop = startPollingLoop({ run, intervalMs: 100, onError: () => {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    loop.stop();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('reports a failing run and keeps polling', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const loop = startPollingLoop({ run: async () => { runs += 1; throw new Error('db down'); }, intervalMs: 50, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(120);
    loop.stop();
    expect(runs).toBe(3);
    expect(errors).toHaveLength(3);
  });
});
