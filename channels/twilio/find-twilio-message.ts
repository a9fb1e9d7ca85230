import type twilio from 'twilio';
import type { SendResult } from '../../bot/runtime/ports.js';
import { convertTwilioError } from './convert-twilio-error.js';

export interface FindTwilioMessageOptions {
  client: twilio.Twilio;
  /** Exactly as sent: E.164, or `whatsapp:+…`. */
  to: string;
  from: string;
  text: string;
  since: Date;
}

/** Twilio's page size cap: one request is enough for the minutes after a crash. */
const LOOKUP_LIMIT = 50;

/**
 * A message with this text sent from `from` to `to` after `since`, or null.
 * Lets the outbox recover from a crash between a send and its record instead of sending twice.
 * Template sends (WhatsApp outside the window) carry the template's text, so they are not found.
 */
export async function findTwilioMessage({ client, to, from, text, since }: FindTwilioMessageOptions): Promise<SendResult | null> {
  try {
    const messages = await client.messages.list({ to, from, dateSentAfter: since, limit: LOOKUP_LIMIT });
    const match = messages.find((message) => message.body === text);
    return match ? { providerId: match.sid, status: match.status } : null;
  } catch (error) {
    throw convertTwilioError({ error });
  }
}
