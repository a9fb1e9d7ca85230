import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTwilioMediaFetcher } from './create-twilio-media-fetcher.js';
import { startRecordingServer, type RecordingServer } from './test-support/start-recording-server.js';

const ACCOUNT_SID = 'ACabcdef0123456789abcdef0123456789';
const AUTH_TOKEN = 'test-auth-token';
const BASIC = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
const MEDIA_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM0123456789abcdef0123456789abcdef/Media/ME0123456789abcdef0123456789abcdef`;
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6]);

let api: RecordingServer;
let storage: RecordingServer;

beforeEach(async () => {
  api = await startRecordingServer();
  storage = await startRecordingServer();
  // Like Twilio: Basic auth required, then a redirect to signed storage.
  api.reply = (request) =>
    request.headers.authorization === BASIC
      ? { status: 307, headers: { location: `${storage.origin}/media/abc?signature=xyz` } }
      : { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } };
  storage.reply = (request) =>
    request.headers.authorization
      ? { status: 400, body: 'credentials leaked to storage' }
      : { status: 200, headers: { 'content-type': 'image/jpeg' }, body: JPEG };
});
afterEach(async () => {
  await api.close();
  await storage.close();
});

function makeFetcher(overrides: { authToken?: string; maxBytes?: number; timeoutMs?: number } = {}) {
  return createTwilioMediaFetcher({
    accountSid: ACCOUNT_SID,
    authToken: overrides.authToken ?? AUTH_TOKEN,
    apiHosts: [api.host],
    maxBytes: overrides.maxBytes ?? 1024,
    timeoutMs: overrides.timeoutMs ?? 5000,
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error & { code?: string }) => error,
  );
}

describe('createTwilioMediaFetcher', () => {
  it('fetches only URLs on the API hosts', () => {
    const fetcher = makeFetcher();
    expect(fetcher.canFetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' })).toBe(true);
    expect(fetcher.canFetch({ url: `${storage.origin}/media/abc`, contentType: 'image/jpeg' })).toBe(false);
    expect(fetcher.canFetch({ url: 'https://evil.example.com/media', contentType: 'image/jpeg' })).toBe(false);
    expect(fetcher.canFetch({ storedId: 'm1', contentType: 'image/jpeg' })).toBe(false);
    expect(createTwilioMediaFetcher({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, maxBytes: 1 }).canFetch({
      url: `https://api.twilio.com${MEDIA_PATH}`,
      contentType: 'image/jpeg',
    })).toBe(true);
  });

  it('authenticates to Twilio, follows the redirect without credentials, and returns data and content type', async () => {
    const media = await makeFetcher().fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/png' });

    expect(media.data.equals(JPEG)).toBe(true);
    expect(media.contentType).toBe('image/jpeg');
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.headers.authorization).toBe(BASIC);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
    expect(storage.requests[0]?.query).toEqual({ signature: 'xyz' });
  });

  it('fails when Twilio refuses the credentials', async () => {
    const error = await rejection(makeFetcher({ authToken: 'wrong' }).fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_fetch_failed');
    expect(storage.requests).toHaveLength(0);
  });

  it('refuses media declared larger than maxBytes', async () => {
    const error = await rejection(makeFetcher({ maxBytes: JPEG.length - 1 }).fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_too_large');
  });

  it('refuses a declared Content-Length over maxBytes before reading the body', async () => {
    storage.reply = () => ({ status: 200, headers: { 'content-type': 'image/jpeg', 'content-length': '50000000' }, body: JPEG, stall: true });
    const error = await rejection(makeFetcher({ timeoutMs: 2000 }).fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_too_large');
  });

  it('gives up on a stalled download after timeoutMs', async () => {
    storage.reply = () => ({ status: 200, headers: { 'content-type': 'image/jpeg', 'content-length': '100' }, body: JPEG, stall: true });
    const error = await rejection(makeFetcher({ timeoutMs: 300 }).fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_fetch_failed');
    expect(error.message).toMatch(/timed out/);
  });

  it('aborts a stream without Content-Length once past maxBytes', async () => {
    storage.reply = () => ({ status: 200, headers: { 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' }, body: Buffer.alloc(64 * 1024, 1) });
    const error = await rejection(makeFetcher({ maxBytes: 1000 }).fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_too_large');
  });

  it('refuses a URL outside the API hosts', async () => {
    const error = await rejection(makeFetcher().fetch({ url: `${storage.origin}/media/abc`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_fetch_failed');
    expect(storage.requests).toHaveLength(0);
  });

  it('gives up on a redirect loop', async () => {
    api.reply = () => ({ status: 302, headers: { location: MEDIA_PATH } });
    const error = await rejection(makeFetcher().fetch({ url: `${api.origin}${MEDIA_PATH}`, contentType: 'image/jpeg' }));
    expect(error.code).toBe('media_redirect_invalid');
  });
});
