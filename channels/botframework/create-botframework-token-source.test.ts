import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBotFrameworkTokenSource } from './create-botframework-token-source.js';

// botbuilder caches tokens process-wide per app id: one app id per test.
const appId = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function tokenEndpoint(tenant: string, token: string) {
  let form: URLSearchParams | undefined;
  const scope = nock('https://login.microsoftonline.com')
    .post(`/${tenant}/oauth2/v2.0/token`)
    .query(true)
    .reply(200, (_uri, body) => {
      form = new URLSearchParams(String(body));
      return { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: token };
    });
  return { scope, form: () => form };
}

describe('createBotFrameworkTokenSource', () => {
  it('gets a client-credentials token for the Bot Framework channel service (multi-tenant)', async () => {
    const endpoint = tokenEndpoint('botframework.com', 'token-1');
    const getToken = createBotFrameworkTokenSource({ appId: appId(1), appPassword: 'secret' });
    await expect(getToken()).resolves.toBe('token-1');
    endpoint.scope.done();
    expect(endpoint.form()?.get('client_id')).toBe(appId(1));
    expect(endpoint.form()?.get('grant_type')).toBe('client_credentials');
    expect(endpoint.form()?.get('scope')).toBe('https://api.botframework.com/.default');
  });

  it('asks the bot tenant for a single-tenant app', async () => {
    const endpoint = tokenEndpoint('tenant-1', 'token-2');
    const getToken = createBotFrameworkTokenSource({ appId: appId(2), appPassword: 'secret', tenantId: 'tenant-1', appType: 'SingleTenant' });
    await expect(getToken()).resolves.toBe('token-2');
    endpoint.scope.done();
  });

  it('reuses the cached token', async () => {
    const endpoint = tokenEndpoint('botframework.com', 'token-3');
    const getToken = createBotFrameworkTokenSource({ appId: appId(3), appPassword: 'secret' });
    await getToken();
    await expect(getToken()).resolves.toBe('token-3'); // a second POST would find no interceptor
    endpoint.scope.done();
  });
});
