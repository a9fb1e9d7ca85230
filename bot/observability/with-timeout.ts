/** Rejects with TimeoutError when the promise has not settled within `ms`. */
class TimeoutError extends Error {
  constructor(ms: number) {
    super(`timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  // The timer is cleared either way so a settled probe leaves nothing pending.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
