export type GuardedProvider = 'anthropic' | 'voyage' | 'qdrant' | 'ollama';

/**
 * A call refused without reaching the provider: its circuit breaker is open.
 * `code` is an own property so the logger keeps it, and callers outside bot/
 * (intake/, knowledge/) recognise it by `code === 'circuit_open'`.
 */
export class ProviderUnavailableError extends Error {
  readonly code = 'circuit_open';
  readonly retryable = true;

  constructor(readonly provider: GuardedProvider) {
    super(`${provider} circuit breaker is open: call not made`);
    this.name = 'ProviderUnavailableError';
  }
}
