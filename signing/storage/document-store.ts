export interface StoredDocument {
  key: string;
  bytes: Uint8Array;
}

/**
 * Where sealed signed PDFs (and other documents) are kept. Signed files are
 * evidence: once written under a key they are never replaced.
 */
export interface DocumentStore {
  /** Which backend, for start-up logs and the verify API: 'filesystem' | 's3'. */
  readonly kind: 'filesystem' | 's3';
  /** Writes once: a key that already exists with different bytes is an error (signed files are never overwritten); the same bytes again is a no-op (retries). */
  put(options: { key: string; bytes: Uint8Array; contentType: string }): Promise<void>;
  /** null when absent. */
  get(key: string): Promise<Uint8Array | null>;
  /** Erasure (DELETE MY DATA): the file is gone; an absent key is not an error. */
  remove(key: string): Promise<void>;
}
