import { describe, expect, it } from 'vitest';
import { createIngestPressure } from './create-ingest-pressure.js';

describe('createIngestPressure', () => {
  it('is high while arrivals exceed the threshold within the sliding window, and falls back when they stop', () => {
    let now = 0;
    const pressure = createIngestPressure({ threshold: 3, windowMs: 100, nowMs: () => now });
    for (let i = 0; i < 3; i++) pressure.note();
    expect(pressure.isHigh()).toBe(false);
    pressure.note();
    expect(pressure.isHigh()).toBe(true);
    // Half-way through the next window half of the previous one still counts: 4 × 0.5 = 2.
    now = 150;
    expect(pressure.isHigh()).toBe(false);
    pressure.note();
    pressure.note();
    expect(pressure.isHigh()).toBe(true);
    // Two quiet windows later nothing is left.
    now = 400;
    expect(pressure.isHigh()).toBe(false);
  });
});
