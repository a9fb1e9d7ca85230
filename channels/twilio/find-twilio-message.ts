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
 * A message with this text from `from` to `to` created at or after `since`, or null.
 * We filter on the creation date ourselves: Twilio's DateSent filter would miss a
 * message still queued at Twilio (no sent date yet), the likeliest case after a crash.
 * Lets the outbox recover from a crash between a send and its record instead of sending twice.
 * Template sends (WhatsApp outside the window) carry the template's text, so they are not found.
 */
export async function findTwilioMessage({ client, to, from, text, since }: FindTwilioMessageOptions): Promise<SendResult | null> {
  try {
    // Twilio lists newest first; 50 covers the minutes around a crash.
    const messages = await client.messages.list({ to, from, limit: LOOKUP_LIMIT });
    const match = messages.find((message) => message.body === text && message.dateCreated && message.dateCreated.getTime() >= since.getTime() - 1_000);
    return match ? { providerId: match.sid, status: match.status } : null;
  } catch (error) {
    throw convertTwilioError({ error });
  }
}
