import { expect } from 'vitest';
import { DocumentStoreError } from '../document-store-error.js';

/** The DocumentStoreError a store operation fails with (the test fails if it resolves or throws anything else). */
export async function documentStoreRejection(promise: Promise<unknown>): Promise<DocumentStoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentStoreError);
  return error as DocumentStoreError;
}
