import type { Request, RequestHandler, Response } from 'express';
import type { Metrics } from '../../observability/create-metrics.js';
import { sendJsonError } from '../send-json-error.js';
import { clientAddressKey } from './client-address-key.js';
import { createTokenBucketStore, type TokenBucketState } from './create-token-bucket-store.js';

export interface CreateRateLimiterOptions {
  /** The `route` label of ticket911_rate_limited_total, and the family the budget belongs to. */
  route: string;
  /** Requests per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
  now: () => Date;
  metrics?: Pick<Metrics, 'rateLimited'>;
  /** Whom to count: the client's address (req.ip, which follows TRUST_PROXY) unless told otherwise. */
  keyOf?: (req: Request) => string;
  /**
   * Count only the responses this accepts (e.g. failed sign-ins, accepted
   * messages): the budget is checked before the request and spent after it.
   * Without it every request spends one.
   */
  counts?: (status: number) => boolean;
  /** The 429's message (the web chat puts the driver's translated sentence there). */
  messageOf?: (req: Request) => string;
  maxKeys?: number;
}

const setBudgetHeaders = (res: Response, state: TokenBucketState) =>
  res.set({ 'RateLimit-Limit': String(state.limit), 'RateLimit-Remaining': String(state.remaining), 'RateLimit-Reset': String(state.resetSeconds) });

/**
 * Per-client budget on a family of routes: over it, `429 rate_limited` with
 * Retry-After (seconds) before any parsing, database or provider work.
 */
export function createRateLimiter({ route, limit, windowMs, now, metrics, keyOf = (req) => clientAddressKey(req.ip), counts, messageOf, maxKeys }: CreateRateLimiterOptions): RequestHandler {
  if (limit <= 0) return (_req, _res, next) => next();
  const store = createTokenBucketStore({ limit, windowMs, now, maxKeys });
  return (req, res, next) => {
    const key = keyOf(req);
    const state = counts ? store.peek(key) : store.take(key);
    setBudgetHeaders(res, state);
    if (!state.allowed) {
      metrics?.rateLimited.inc({ route });
      sendJsonError(res, {
        status: 429,
        code: 'rate_limited',
        message: messageOf?.(req) ?? 'Too many requests: try again after the Retry-After delay',
        headers: { 'Retry-After': String(Math.max(1, state.retryAfterSeconds)) },
      });
      return;
    }
    if (counts) res.on('finish', () => counts(res.statusCode) && store.spend(key));
    next();
  };
}
