import { describe, expect, it } from 'vitest';
import type { OcrPoolStatus } from '../../intake/ocr/create-ocr-pool.js';
import { createReadingLine } from './create-reading-line.js';

/** A pool of 2 workers reading 2.5 s a photo, with `running` reading and `waiting` queued. */
const pool = (running: number, waiting: number): OcrPoolStatus => ({
  workers: 2,
  running,
  waiting,
  queueLimit: 50,
  position: running + waiting + 1,
  estimatedWaitMs: (Math.max(0, running + waiting - 1) / 2) * 2500,
  averageReadMs: 2500,
});
const options = { noticeAfterMs: 10_000, now: 1_000_000 };

describe('createReadingLine', () => {
  it('reads at once when the wait is short', () => {
    const line = createReadingLine();
    expect(line.place({ key: 'p1', status: pool(2, 1), inLine: false, ...options })).toBeNull();
    expect(line.size()).toBe(0);
  });

  it('announces a long wait with room in the pool, then lets the same photo in on its next try', () => {
    const line = createReadingLine();
    const slow = { ...pool(2, 3), averageReadMs: 9_000 };
    // 5 ahead on 2 workers at 9 s: (6 - 2) / 2 × 9 s = 18 s.
    expect(line.place({ key: 'p1', status: slow, inLine: false, ...options })).toEqual({ kind: 'in_line', position: 6, waitSeconds: 18, retryInMs: 0 });
    expect(line.size()).toBe(1);
    expect(line.place({ key: 'p1', status: slow, inLine: true, ...options })).toBeNull();
    expect(line.size()).toBe(0);
  });

  it('keeps photos beyond the room in line in arrival order, later ones behind earlier ones', () => {
    const line = createReadingLine();
    const full = pool(2, 4); // 2 × workers waiting already: no room
    expect(line.place({ key: 'p1', status: full, inLine: false, ...options })).toMatchObject({ position: 7, retryInMs: 3_125 });
    expect(line.place({ key: 'p2', status: full, inLine: false, ...options })).toMatchObject({ position: 8, retryInMs: 3_750 });
    // Room for one: the first photo in line goes, the second one (trying first) waits.
    const roomForOne = pool(2, 3);
    expect(line.place({ key: 'p2', status: roomForOne, inLine: true, ...options })).toMatchObject({ kind: 'in_line', position: 7 });
    expect(line.place({ key: 'p1', status: roomForOne, inLine: true, ...options })).toBeNull();
    expect(line.place({ key: 'p2', status: roomForOne, inLine: true, ...options })).toBeNull();
  });

  it('tries again at half the estimated wait, between a second and five minutes', () => {
    const line = createReadingLine();
    const huge = { ...pool(2, 4), waiting: 4, position: 900 };
    expect(line.place({ key: 'p1', status: huge, inLine: false, ...options })).toMatchObject({ retryInMs: 300_000, waitSeconds: 1123 });
  });

  it('forgets a photo whose next try never came, so it holds no one back', () => {
    const line = createReadingLine();
    line.place({ key: 'gone', status: pool(2, 4), inLine: false, ...options });
    const later = { noticeAfterMs: 10_000, now: options.now + 10 * 60_000 };
    expect(line.place({ key: 'p2', status: pool(2, 3), inLine: false, ...later })).toBeNull();
    expect(line.size()).toBe(0);
  });
});
