import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { areSameBytes } from './are-same-bytes.js';
import type { DocumentStore } from './document-store.js';
import { DocumentStoreError } from './document-store-error.js';
import { validateDocumentKey } from './validate-document-key.js';

export interface CreateS3DocumentStoreOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, Cloudflare R2, Backblaze B2); AWS itself when absent. */
  endpoint?: string;
  /** The bucket in the path rather than the host name: MinIO and most self-hosted services need it. */
  forcePathStyle?: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /** Put before every key, e.g. `production` → `production/signatures/…`, to share a bucket. */
  prefix?: string;
}

/**
 * Documents as S3 objects, written once with `If-None-Match: *` so that S3
 * itself refuses to replace a signed file, even between two service instances.
 */
export function createS3DocumentStore({
  bucket,
  region,
  endpoint,
  forcePathStyle,
  accessKeyId,
  secretAccessKey,
  prefix,
}: CreateS3DocumentStoreOptions): DocumentStore {
  const keyPrefix = prefix ? `${validateDocumentKey({ key: prefix.replace(/\/$/, '') })}/` : '';
  const client = new S3Client({
    region,
    endpoint,
    forcePathStyle,
    credentials: { accessKeyId, secretAccessKey },
    // Explicit, so that AWS_MAX_ATTEMPTS or a shared ~/.aws/config cannot turn a
    // failing store into a long wait: three attempts fail within a few seconds.
    maxAttempts: 3,
    // Recent SDKs add a CRC32 to every upload (aws-chunked bodies with trailing
    // checksums) and insist on checking them in downloads. Several S3-compatible
    // services reject or omit those, so checksums are sent only where S3
    // requires them; the upload's integrity is covered by Content-MD5 below,
    // which every S3-compatible service understands.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  function failure(operation: string, key: string, error: unknown): DocumentStoreError {
    const { name, status } = describeS3Error(error);
    // Bucket and key, never the credentials: this message ends up in logs and API errors.
    return new DocumentStoreError(`S3 ${operation} of ${key} in bucket ${bucket} failed: ${name} (HTTP ${status ?? 'none'})`, 'storage_failed', {
      cause: error,
    });
  }

  async function get(key: string): Promise<Uint8Array | null> {
    const objectKey = keyPrefix + validateDocumentKey({ key });
    try {
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
      return response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      const { name, status } = describeS3Error(error);
      // A missing bucket is a configuration error, not a missing document.
      if (name === 'NoSuchKey' || (status === 404 && name !== 'NoSuchBucket')) return null;
      throw failure('GetObject', objectKey, error);
    }
  }

  return {
    kind: 's3',
    get,

    async remove(key) {
      const objectKey = keyPrefix + validateDocumentKey({ key });
      try {
        // S3 answers 204 whether or not the key existed.
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));
      } catch (error) {
        throw failure('DeleteObject', objectKey, error);
      }
    },

    async put({ key, bytes, contentType }) {
      const objectKey = keyPrefix + validateDocumentKey({ key });
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: objectKey,
            Body: bytes,
            ContentType: contentType,
            ContentMD5: createHash('md5').update(bytes).digest('base64'),
            IfNoneMatch: '*',
            ServerSideEncryption: 'AES256',
          }),
        );
        return;
      } catch (error) {
        if (describeS3Error(error).status !== 412) throw failure('PutObject', objectKey, error);
      }
      // 412: the key exists. A retry of the same write is fine, anything else would be an overwrite.
      const stored = await get(key);
      if (stored === null) {
        throw new DocumentStoreError(`S3 reported ${objectKey} in bucket ${bucket} as existing, but it could not be read`, 'storage_failed');
      }
      if (!areSameBytes({ stored, given: bytes })) {
        throw new DocumentStoreError(`Document ${objectKey} in bucket ${bucket} already exists with different bytes`, 'already_exists');
      }
    },
  };
}

function describeS3Error(error: unknown): { name: string; status: number | undefined } {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return { name: name ?? 'Error', status: $metadata?.httpStatusCode };
}
