export interface TokenBucketStoreOptions {
  /** Requests allowed in a window; also the burst a quiet client may spend at once. */
  limit: number;
  windowMs: number;
  now: () => Date;
  /** Most keys kept at once: beyond it the least recently seen are dropped (a full bucket is the same as none). */
  maxKeys?: number;
}

export interface TokenBucketState {
  allowed: boolean;
  limit: number;
  /** Whole requests left now. */
  remaining: number;
  /** Seconds until one more request is allowed (0 when allowed now). */
  retryAfterSeconds: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
}

export interface TokenBucketStore {
  /** Spends one token if there is one. */
  take(key: string): TokenBucketState;
  /** The state without spending (limits that only count failures check first, spend after). */
  peek(key: string): TokenBucketState;
  /** Spends one token even when empty: the debt delays the next attempt. */
  spend(key: string): void;
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * In-memory token buckets: `limit` tokens, refilled at limit/window, one per
 * request. One number and a time per key, and keys idle for a whole window
 * (their bucket is full again) are evicted, so memory stays bounded under a
 * flood of addresses. Per process: behind several replicas each one counts
 * its own share, which is what a per-process CPU budget wants anyway.
 */
export function createTokenBucketStore({ limit, windowMs, now, maxKeys = 50_000 }: TokenBucketStoreOptions): TokenBucketStore {
  if (limit < 1 || maxKeys < 1) throw new RangeError('a token bucket needs a limit and room for one key');
  const buckets = new Map<string, Bucket>();

  /** The Map is kept in least-recently-seen order: idle keys are at its front. */
  const evict = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (at - bucket.at < windowMs && buckets.size <= maxKeys) break;
      buckets.delete(key);
    }
  };

  const refill = (key: string): Bucket => {
    const at = now().getTime();
    const bucket = buckets.get(key);
    const tokens = bucket ? Math.min(limit, bucket.tokens + (Math.max(0, at - bucket.at) * limit) / windowMs) : limit;
    const fresh = { tokens, at };
    buckets.delete(key);
    buckets.set(key, fresh);
    evict(at);
    return fresh;
  };

  // Multiply before dividing, and whole milliseconds: floating-point dust must not cost a second or a token.
  const secondsFor = (tokens: number) => Math.ceil(Math.round((tokens * windowMs) / limit) / 1000);

  const stateOf = (bucket: Bucket, allowed: boolean): TokenBucketState => ({
    allowed,
    limit,
    remaining: Math.max(0, Math.floor(bucket.tokens)),
    retryAfterSeconds: bucket.tokens >= 1 ? 0 : secondsFor(1 - bucket.tokens),
    resetSeconds: secondsFor(limit - bucket.tokens),
  });

  return {
    take(key) {
      const bucket = refill(key);
      if (bucket.tokens < 1) return stateOf(bucket, false);
      bucket.tokens -= 1;
      return stateOf(bucket, true);
    },
    peek(key) {
      const bucket = refill(key);
      return stateOf(bucket, bucket.tokens >= 1);
    },
    spend(key) {
      refill(key).tokens -= 1;
    },
    size: () => buckets.size,
  };
}
