import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBotFrameworkMediaFetcher } from './create-botframework-media-fetcher.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

// The Emulator serves attachments over plain http on localhost.
let seenAuthorization: (string | undefined)[] = [];
let base = '';
const emulator = http.createServer((req, res) => {
  seenAuthorization.push(req.headers.authorization);
  if (req.url === '/v3/attachments/att-1/views/original') {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(PNG);
  } else if (req.url === '/v3/attachments/big/views/original') {
    res.writeHead(200, { 'content-type': 'image/jpeg' }); // no Content-Length: chunked
    res.write(Buffer.alloc(600));
    res.end(Buffer.alloc(600));
  } else {
    res.writeHead(404).end();
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => emulator.close(() => resolve())));
beforeEach(() => {
  seenAuthorization = [];
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const teamsUrl = 'https://smba.trafficmanager.net/amer/v3/attachments/0-abc/views/original';

describe('createBotFrameworkMediaFetcher', () => {
  it('can fetch only http(s) URLs of allowed hosts', () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['smba.trafficmanager.net', '*.asm.skype.com'], maxBytes: 1000 });
    const can = (url?: string) => fetcher.canFetch({ url, contentType: 'image/png' });
    expect(can(teamsUrl)).toBe(true);
    expect(can('https://us-api.asm.skype.com/v1/objects/0-x/views/imgpsh_fullsize')).toBe(true);
    expect(can('https://asm.skype.com.evil.example/x')).toBe(false);
    expect(can('https://evil.example/smba.trafficmanager.net')).toBe(false);
    expect(can('ftp://smba.trafficmanager.net/x')).toBe(false);
    expect(can('not a url')).toBe(false);
    expect(can(undefined)).toBe(false);
    expect(fetcher.canFetch({ storedId: 'm-1', contentType: 'image/png' })).toBe(false);
  });

  it('downloads an Emulator attachment with a plain GET', async () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['127.0.0.1'], maxBytes: 1000 });
    const media = await fetcher.fetch({ url: `${base}/v3/attachments/att-1/views/original`, contentType: 'image/jpeg' });
    expect(media).toEqual({ data: PNG, contentType: 'image/png' });
    expect(seenAuthorization).toEqual([undefined]);
  });

  it('sends the bot token to an allowed https host', async () => {
    const scope = nock('https://smba.trafficmanager.net')
      .get('/amer/v3/attachments/0-abc/views/original')
      .matchHeader('authorization', 'Bearer bot-token')
      .reply(200, PNG, { 'Content-Type': 'application/octet-stream' });
    const fetcher = createBotFrameworkMediaFetcher({
      allowedHosts: ['smba.trafficmanager.net'],
      maxBytes: 1000,
      getToken: async () => 'bot-token',
    });
    const media = await fetcher.fetch({ url: teamsUrl, contentType: 'image/png' });
    expect(media.data.equals(PNG)).toBe(true);
    expect(media.contentType).toBe('image/png'); // octet-stream answer: the attachment's type wins
    scope.done();
  });

  it('never sends the token over plain http', async () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['127.0.0.1'], maxBytes: 1000, getToken: async () => 'bot-token' });
    await fetcher.fetch({ url: `${base}/v3/attachments/att-1/views/original`, contentType: 'image/png' });
    expect(seenAuthorization).toEqual([undefined]);
  });

  it('refuses a URL it cannot fetch, without a request', async () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['smba.trafficmanager.net'], maxBytes: 1000, getToken: async () => 'bot-token' });
    await expect(fetcher.fetch({ url: `${base}/v3/attachments/att-1/views/original`, contentType: 'image/png' })).rejects.toThrow(
      /not an allowed attachment URL/,
    );
    expect(seenAuthorization).toEqual([]);
  });

  it('rejects a body over maxBytes, announced or not', async () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['127.0.0.1', 'smba.trafficmanager.net'], maxBytes: 1000 });
    await expect(fetcher.fetch({ url: `${base}/v3/attachments/big/views/original`, contentType: 'image/jpeg' })).rejects.toThrow(
      /larger than 1000 bytes/,
    );
    nock('https://smba.trafficmanager.net')
      .get('/amer/v3/attachments/0-abc/views/original')
      .reply(200, Buffer.alloc(1001), { 'Content-Type': 'image/png', 'Content-Length': '1001' });
    await expect(fetcher.fetch({ url: teamsUrl, contentType: 'image/png' })).rejects.toThrow(/larger than 1000 bytes/);
  });

  it('throws with the status when the host does not answer 2xx', async () => {
    const fetcher = createBotFrameworkMediaFetcher({ allowedHosts: ['127.0.0.1'], maxBytes: 1000 });
    await expect(fetcher.fetch({ url: `${base}/v3/attachments/gone/views/original`, contentType: 'image/png' })).rejects.toMatchObject({
      statusCode: 404,
    });
  });
});
