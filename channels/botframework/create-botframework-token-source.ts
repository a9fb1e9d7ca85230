import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';

export interface CreateBotFrameworkTokenSourceOptions {
  appId: string;
  appPassword?: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

// Public Azure cloud values of botframework-connector's AuthenticationConstants
// (ToChannelFromBotOAuthScope, ToChannelFromBotLoginUrl); botbuilder does not re-export them.
const CHANNEL_SCOPE = 'https://api.botframework.com';
const LOGIN_URL = 'https://login.microsoftonline.com/botframework.com';

/**
 * The bot's own Entra ID token for the channel service, the one the connector
 * puts on its calls. Channels that keep attachments behind the connector
 * (Teams' smba / asm.skype.com URLs) want it. Built with the same credentials
 * factory the adapter uses, so SingleTenant and managed identity work alike;
 * tokens are cached and refreshed by botbuilder/MSAL.
 */
export function createBotFrameworkTokenSource({
  appId,
  appPassword,
  tenantId,
  appType = 'MultiTenant',
}: CreateBotFrameworkTokenSourceOptions): () => Promise<string> {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppTenantId: tenantId ?? '',
    MicrosoftAppType: appType,
  });
  let credentials: Promise<{ getToken(forceRefresh?: boolean): Promise<string> }> | undefined;
  return async () => {
    credentials ??= factory.createCredentials(appId, CHANNEL_SCOPE, LOGIN_URL, true).then((created) => {
      if (typeof (created as { getToken?: unknown }).getToken !== 'function') throw new Error('botframework: credentials cannot give a token');
      return created as unknown as { getToken(forceRefresh?: boolean): Promise<string> };
    });
    credentials.catch(() => (credentials = undefined)); // a failed set-up is retried on the next call
    return (await credentials).getToken();
  };
}
