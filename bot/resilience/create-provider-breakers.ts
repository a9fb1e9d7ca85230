import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { isFaultStatus, isProviderFault } from './is-provider-fault.js';
import { ProviderUnavailableError, type GuardedProvider } from './provider-unavailable-error.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What intake/ and knowledge/ receive by injection: they never import bot/. */
export interface ProviderGuard {
  readonly provider: GuardedProvider;
  /** Runs the call unless the breaker is open (then ProviderUnavailableError, no call made). */
  execute<T>(call: () => Promise<T>): Promise<T>;
  /** A fetch for an SDK: every HTTP request counts, a 429/5xx answer as a failure (still returned to the SDK). */
  guardFetch(base?: typeof fetch): typeof fetch;
  state(): BreakerState;
}

export type ProviderBreakers = Record<GuardedProvider, ProviderGuard>;

export interface CreateProviderBreakersOptions {
  /** Provider faults in a row that open a breaker (BREAKER_FAILURES). */
  failures: number;
  /** How long a breaker stays open before one probe call is let through (BREAKER_HALF_OPEN_MS). */
  halfOpenMs: number;
  logger: Logger;
  metrics?: Metrics;
}

const PROVIDERS: readonly GuardedProvider[] = ['anthropic', 'voyage', 'qdrant', 'ollama'];
const GAUGE: Record<CircuitState, number> = { [CircuitState.Closed]: 0, [CircuitState.Open]: 1, [CircuitState.HalfOpen]: 0.5, [CircuitState.Isolated]: 1 };
const NAMES: Record<CircuitState, BreakerState> = { [CircuitState.Closed]: 'closed', [CircuitState.Open]: 'open', [CircuitState.HalfOpen]: 'half-open', [CircuitState.Isolated]: 'open' };

/**
 * Which breaker an error first went through: a Voyage failure surfacing from
 * the Qdrant store's search must not count against Qdrant as well.
 */
const seenBy = new WeakMap<object, GuardedProvider>();

/**
 * One circuit breaker per provider, created once per process by the
 * composition root. While a provider fails (N faults in a row) its calls fail
 * at once, without a request, and the callers' fallbacks answer (OCR, offline
 * rules, full-text search), marked for review; after the half-open delay one
 * call probes it and a success closes the breaker.
 */
export function createProviderBreakers({ failures, halfOpenMs, logger, metrics }: CreateProviderBreakersOptions): ProviderBreakers {
  return Object.fromEntries(PROVIDERS.map((provider) => [provider, createGuard(provider)])) as ProviderBreakers;

  function createGuard(provider: GuardedProvider): ProviderGuard {
    const policy: CircuitBreakerPolicy = circuitBreaker(
      handleWhen((error) => seenBy.get(error) === provider && isProviderFault(error)).orWhenResult((result) => result instanceof Response && isFaultStatus(result.status)),
      { halfOpenAfter: halfOpenMs, breaker: new ConsecutiveBreaker(failures) },
    );
    metrics?.breakerState.set({ provider }, 0);
    policy.onStateChange((state) => {
      metrics?.breakerState.set({ provider }, GAUGE[state]);
      if (state === CircuitState.Open) logger.warn({ provider, failures, halfOpenMs }, `${provider} circuit breaker open: calls fail fast, fallbacks answer`);
      else if (state === CircuitState.Closed) logger.info({ provider }, `${provider} circuit breaker closed: provider answering again`);
      else if (state === CircuitState.HalfOpen) logger.info({ provider }, `${provider} circuit breaker half-open: probing`);
    });

    async function execute<T>(call: () => Promise<T>): Promise<T> {
      try {
        return await policy.execute(async () => {
          try {
            return await call();
          } catch (error) {
            if (typeof error === 'object' && error !== null && !seenBy.has(error)) seenBy.set(error, provider);
            throw error;
          }
        });
      } catch (error) {
        if (error instanceof BrokenCircuitError) throw new ProviderUnavailableError(provider);
        throw error;
      }
    }

    return {
      provider,
      execute,
      guardFetch: (base = (input, init) => fetch(input, init)) => (input, init) => execute(() => base(input, init)),
      state: () => NAMES[policy.state],
    };
  }
}
