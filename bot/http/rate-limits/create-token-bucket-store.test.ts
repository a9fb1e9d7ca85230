import { describe, expect, it } from 'vitest';
import { createTokenBucketStore } from './create-token-bucket-store.js';

function clockAt(start = 0) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

describe('createTokenBucketStore', () => {
  it('lets a burst of `limit` through, then refuses with the seconds until the next token', () => {
    const clock = clockAt();
    const store = createTokenBucketStore({ limit: 3, windowMs: 60_000, now: clock.now });
    expect([1, 2, 3].map(() => store.take('a').allowed)).toEqual([true, true, true]);
    const refused = store.take('a');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 20, resetSeconds: 60 });
    // One token comes back every window/limit = 20 s.
    clock.advance(19_000);
    expect(store.take('a')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(store.take('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(store.take('a').allowed).toBe(false);
  });

  it('counts each key on its own and is whole again after a window', () => {
    const clock = clockAt();
    const store = createTokenBucketStore({ limit: 2, windowMs: 60_000, now: clock.now });
    store.take('a');
    store.take('a');
    expect(store.take('a').allowed).toBe(false);
    expect(store.take('b')).toMatchObject({ allowed: true, remaining: 1 });
    clock.advance(60_000);
    expect(store.take('a')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('peek does not spend; spend after the fact closes the door for the next attempt', () => {
    const clock = clockAt();
    const store = createTokenBucketStore({ limit: 2, windowMs: 3_600_000, now: clock.now });
    expect(store.peek('ip')).toMatchObject({ allowed: true, remaining: 2 });
    expect(store.peek('ip')).toMatchObject({ allowed: true, remaining: 2 });
    store.spend('ip');
    store.spend('ip');
    expect(store.peek('ip')).toMatchObject({ allowed: false, retryAfterSeconds: 1_800 });
    // Exactly one token back after window/limit, floating point or not.
    clock.advance(1_800_000);
    expect(store.peek('ip')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('evicts keys idle for a whole window, and the least recently seen beyond maxKeys', () => {
    const clock = clockAt();
    const store = createTokenBucketStore({ limit: 5, windowMs: 60_000, now: clock.now, maxKeys: 3 });
    store.take('a');
    store.take('b');
    clock.advance(30_000);
    store.take('c');
    expect(store.size()).toBe(3);
    // a and b have been idle a full window (their buckets are full again): gone on the next call.
    clock.advance(30_000);
    store.take('c');
    expect(store.size()).toBe(1);
    // A flood of new keys never holds more than maxKeys, oldest dropped first.
    for (const key of ['d', 'e', 'f', 'g']) store.take(key);
    expect(store.size()).toBe(3);
    // c was dropped while still spending: it starts again with a full bucket, the safe direction for memory.
    expect(store.take('c')).toMatchObject({ allowed: true, remaining: 4 });
  });
});
