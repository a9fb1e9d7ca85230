import path from 'node:path';
import { createFilesystemDocumentStore } from './create-filesystem-document-store.js';
import { createS3DocumentStore, type CreateS3DocumentStoreOptions } from './create-s3-document-store.js';
import type { DocumentStore } from './document-store.js';

export interface CreateDocumentStoreOptions {
  /** S3 (or an S3-compatible service) when configured; null or absent: files on this host. */
  s3?: CreateS3DocumentStoreOptions | null;
  /** The service's data directory: files go to `<dataDirectory>/documents`. */
  dataDirectory: string;
}

/** The document store the configuration asks for; its `kind` says which, for start-up logs. */
export function createDocumentStore({ s3, dataDirectory }: CreateDocumentStoreOptions): DocumentStore {
  if (s3) return createS3DocumentStore(s3);
  return createFilesystemDocumentStore({ rootDirectory: path.join(dataDirectory, 'documents') });
}
