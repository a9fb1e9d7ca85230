import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createS3DocumentStore, type CreateS3DocumentStoreOptions } from './create-s3-document-store.js';
import { DocumentStoreError } from './document-store-error.js';
import { documentStoreRejection } from './test-support/document-store-rejection.js';

const ENDPOINT = 'https://s3.test.example';
const VIRTUAL_HOST = 'https://t911-docs.s3.ca-central-1.amazonaws.com';
const BUCKET = 't911-docs';
const ACCESS_KEY_ID = 'AKIAT911EXAMPLENOTREAL';
const SECRET_ACCESS_KEY = 'wJalrXUtnT911/EXAMPLE/notARealSecretKey00';
const KEY = 'signatures/2026/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/signed.pdf';
const PATH = `/${BUCKET}/${KEY}`;
// Real PDFs start with a binary comment line, so these bytes are not valid
// UTF-8 and nock hands the request body over hex-encoded: byte for byte.
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n', 'latin1'));
const OTHER_PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj<</Type/Catalog/Lang(fr)>>endobj\n%%EOF\n', 'latin1'));
const ETAG = { etag: '"9b2cf535f27731c974343645a3985328"' };
const XML = { 'content-type': 'application/xml' };
// The SDK names the operation in the query string.
const PUT_QUERY = { 'x-id': 'PutObject' };
const GET_QUERY = { 'x-id': 'GetObject' };

interface Recorded {
  headers: Record<string, string | string[] | undefined>;
  hexBody: string;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  // Every request a test expected must have been made, none skipped.
  const pending = nock.pendingMocks();
  const done = nock.isDone();
  nock.cleanAll();
  expect(pending).toEqual([]);
  expect(done).toBe(true);
});
afterAll(() => nock.enableNetConnect());

function store(options: Partial<CreateS3DocumentStoreOptions> = {}) {
  return createS3DocumentStore({
    bucket: BUCKET,
    region: 'ca-central-1',
    endpoint: ENDPOINT,
    forcePathStyle: true,
    accessKeyId: ACCESS_KEY_ID,
    secretAccessKey: SECRET_ACCESS_KEY,
    ...options,
  });
}

/** S3's error document, as S3 sends it. */
function s3Error(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Resource>${PATH}</Resource><RequestId>4442587FB7D0A2F9</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>`;
}

/** Intercepts one PUT with S3's answer, recording the request as it went over the wire. */
function interceptPut({ status, body = '', origin = ENDPOINT, path = PATH }: { status: number; body?: string; origin?: string; path?: string }) {
  const recorded: Recorded[] = [];
  nock(origin)
    .put(path)
    .query(PUT_QUERY)
    .reply(function (_uri, requestBody) {
      recorded.push({ headers: this.req.headers, hexBody: String(requestBody) });
      return [status, body, status === 200 ? ETAG : XML];
    });
  return recorded;
}

function interceptGet({ status, body, headers }: { status: number; body: string | Buffer; headers: Record<string, string> }) {
  nock(ENDPOINT).get(PATH).query(GET_QUERY).reply(status, body, headers);
}

function pdfHeaders(bytes: Uint8Array) {
  return { 'content-type': 'application/pdf', 'content-length': String(bytes.byteLength), ...ETAG };
}

const rejection = documentStoreRejection;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

describe('createS3DocumentStore', () => {
  it('says it is the S3 backend', () => {
    expect(store().kind).toBe('s3');
  });

  it('PUTs the exact bytes once, signed with SigV4, write-once and encrypted at rest', async () => {
    const recorded = interceptPut({ status: 200 });

    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(recorded).toHaveLength(1);
    const [{ headers, hexBody }] = recorded;
    expect(hexBody).toBe(hex(PDF));
    expect(String(headers.authorization)).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/\\d{8}/ca-central-1/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`),
    );
    expect(String(headers.authorization)).toContain('if-none-match;');
    expect(headers['x-amz-content-sha256']).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(headers['if-none-match']).toBe('*');
    expect(headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['content-md5']).toBe(createHash('md5').update(PDF).digest('base64'));
    expect(headers['content-length']).toBe(String(PDF.byteLength));
    // Plain bodies that S3-compatible services all accept: no aws-chunked trailers.
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['x-amz-sdk-checksum-algorithm']).toBeUndefined();
    expect(Object.keys(headers).filter((name) => name.startsWith('x-amz-checksum-'))).toEqual([]);
  });

  it('addresses AWS itself by virtual host when no endpoint is given', async () => {
    const recorded = interceptPut({ status: 200, origin: VIRTUAL_HOST, path: `/${KEY}` });

    await store({ endpoint: undefined, forcePathStyle: undefined }).put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(recorded).toHaveLength(1);
    expect(recorded[0].hexBody).toBe(hex(PDF));
    expect(String(recorded[0].headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAT911EXAMPLENOTREAL\/\d{8}\/ca-central-1\/s3\/aws4_request,/);
  });

  it('puts the prefix in front of every key', async () => {
    interceptPut({ status: 200, path: `/${BUCKET}/production/${KEY}` });

    await store({ prefix: 'production/' }).put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
  });

  it('accepts a write that finds the same bytes already there (412, then GET)', async () => {
    interceptPut({ status: 412, body: s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold') });
    interceptGet({ status: 200, body: Buffer.from(PDF), headers: pdfHeaders(PDF) });

    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });
  });

  it('refuses to replace a stored document with different bytes (412, then GET)', async () => {
    interceptPut({ status: 412, body: s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold') });
    interceptGet({ status: 200, body: Buffer.from(OTHER_PDF), headers: pdfHeaders(OTHER_PDF) });

    const error = await rejection(store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' }));

    expect(error.code).toBe('already_exists');
    expect(error.message).toContain(KEY);
  });

  it('fails when S3 says the key exists but then cannot find it', async () => {
    interceptPut({ status: 412, body: s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold') });
    interceptGet({ status: 404, body: s3Error('NoSuchKey', 'The specified key does not exist.'), headers: XML });

    expect((await rejection(store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' }))).code).toBe('storage_failed');
  });

  it('reads a document back byte for byte', async () => {
    interceptGet({ status: 200, body: Buffer.from(PDF), headers: pdfHeaders(PDF) });

    expect(await store().get(KEY)).toEqual(PDF);
  });

  it('deletes a document on erasure (DELETE, signed), and a second delete is not an error', async () => {
    let authorization = '';
    nock(ENDPOINT)
      .delete(PATH)
      .query({ 'x-id': 'DeleteObject' })
      .times(2)
      .reply(function () {
        authorization = String(this.req.headers.authorization);
        return [204, ''];
      });

    await store().remove(KEY);
    await store().remove(KEY);
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAT911EXAMPLENOTREAL\/\d{8}\/ca-central-1\/s3\/aws4_request/);
  });

  it('returns null for a missing key (404 NoSuchKey)', async () => {
    interceptGet({ status: 404, body: s3Error('NoSuchKey', 'The specified key does not exist.'), headers: XML });

    expect(await store().get(KEY)).toBeNull();
  });

  it('throws, naming the bucket, when the bucket itself is missing (404 NoSuchBucket)', async () => {
    interceptGet({ status: 404, body: s3Error('NoSuchBucket', 'The specified bucket does not exist'), headers: XML });

    const error = await rejection(store().get(KEY));

    expect(error.code).toBe('storage_failed');
    expect(error.message).toContain(`bucket ${BUCKET}`);
    expect(error.message).toContain('NoSuchBucket');
  });

  it('retries a 503 SlowDown and then succeeds', async () => {
    interceptPut({ status: 503, body: s3Error('SlowDown', 'Please reduce your request rate.') });
    const retried = interceptPut({ status: 200 });

    await store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' });

    expect(retried[0].hexBody).toBe(hex(PDF));
    expect(retried[0].headers['amz-sdk-request']).toBe('attempt=2; max=3');
  });

  it('gives up after three attempts', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      interceptPut({ status: 503, body: s3Error('SlowDown', 'Please reduce your request rate.') });
    }

    const error = await rejection(store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' }));

    expect(error.code).toBe('storage_failed');
    expect(error.message).toContain('SlowDown (HTTP 503)');
  });

  it('throws on 403 AccessDenied with the bucket in the message and no credentials anywhere', async () => {
    interceptPut({ status: 403, body: s3Error('AccessDenied', 'Access Denied') });

    const error = await rejection(store().put({ key: KEY, bytes: PDF, contentType: 'application/pdf' }));

    expect(error.code).toBe('storage_failed');
    expect(error.message).toBe(`S3 PutObject of ${KEY} in bucket ${BUCKET} failed: AccessDenied (HTTP 403)`);
    expect(error.message).not.toContain(ACCESS_KEY_ID);
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET_ACCESS_KEY);
  });

  it('refuses unsafe keys and prefixes before any request', async () => {
    expect((await rejection(store().put({ key: '../x', bytes: PDF, contentType: 'application/pdf' }))).code).toBe('invalid_key');
    expect((await rejection(store().get('/etc/passwd'))).code).toBe('invalid_key');
    expect(() => store({ prefix: '../other-tenant' })).toThrow(DocumentStoreError);
  });
});
