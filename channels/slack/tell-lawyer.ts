import type { webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logging/create-logger.js';

export interface TellLawyerOptions {
  client: webApi.WebClient;
  channel: string | null | undefined;
  user: string;
  text: string;
  logger: Logger;
}

/** An ephemeral line only this user sees; a failure is logged, never thrown at Bolt (the click is already acked). */
export async function tellLawyer({ client, channel, user, text, logger }: TellLawyerOptions): Promise<void> {
  if (!channel) {
    logger.warn('slack: no channel to tell the lawyer in');
    return;
  }
  try {
    await client.chat.postEphemeral({ channel, user, text });
  } catch (err) {
    logger.warn({ err }, 'slack: chat.postEphemeral failed');
  }
}
