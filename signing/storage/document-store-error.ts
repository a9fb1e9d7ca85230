/**
 * What the document stores throw for problems of their own: a key that breaks
 * the key rules, a key already holding other bytes (an HTTP 409 for callers),
 * or a storage service that refused or failed (the service's error is the
 * `cause`). The filesystem's own errors (EACCES, ENOSPC) pass through.
 */
export class DocumentStoreError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid_key' | 'already_exists' | 'storage_failed',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocumentStoreError';
  }
}
