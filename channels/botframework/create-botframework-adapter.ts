import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from '../../bot/logging/create-logger.js';

export interface CreateBotFrameworkAdapterOptions {
  /** Absent: no authentication at all (Bot Framework Emulator only). */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  logger: Logger;
}

/**
 * One CloudAdapter serves every Azure Bot Service channel (Teams, Direct Line
 * Web Chat): it checks the channel's JWT on inbound requests and signs
 * outbound connector calls with the bot's Entra ID token.
 */
export function createBotFrameworkAdapter({
  appId,
  appPassword,
  tenantId,
  appType = 'MultiTenant',
  logger,
}: CreateBotFrameworkAdapterOptions): CloudAdapter {
  // Without MicrosoftAppId the credentials factory reports authentication as
  // disabled: inbound JWTs are not required and outbound calls are unsigned.
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppTenantId: tenantId ?? '',
    MicrosoftAppType: appType,
  });
  const adapter = new CloudAdapter(authentication);
  if (!appId) logger.warn('botframework: no MICROSOFT_APP_ID, inbound requests are not authenticated (emulator only)');

  // The default handler sends a "The bot encountered an error" message to the
  // user. Our turns only hand messages over, so failures are logged, never
  // shown; the router and the sender report them through their own results.
  adapter.onTurnError = async (context, error) => {
    logger.error(
      { err: error, activityType: context.activity?.type, channelId: context.activity?.channelId },
      'botframework: turn failed',
    );
  };
  return adapter;
}
