import { Resend } from 'resend';
import { SendError, type EmailSender } from '../../bot/runtime/ports.js';
import { convertResendError } from './convert-resend-error.js';

export interface CreateResendEmailSenderOptions {
  /** re_… */
  apiKey: string;
  /** A verified sender: "Ticket911 <recus@ticket911.example>". */
  from: string;
  replyTo?: string;
  /** Another API origin (tests). Default https://api.resend.com. */
  baseUrl?: string;
  /** Per send; the SDK itself never gives up on a silent server. */
  timeoutMs?: number;
}

/**
 * EmailSender on the Resend SDK. One attempt per call: the email outbox owns retries, and the
 * outbox email id is the Idempotency-Key, so a retry within Resend's 24 h window never sends twice.
 */
export function createResendEmailSender({ apiKey, from, replyTo, baseUrl, timeoutMs = 30_000 }: CreateResendEmailSenderOptions): EmailSender {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);

  return {
    provider: 'resend',
    async send(email) {
      let response;
      try {
        response = await resend.emails.send(
          {
            from,
            to: [email.to],
            subject: email.subject,
            text: email.text,
            html: email.html,
            ...(replyTo ? { replyTo } : {}),
            attachments: email.attachments.map((attachment) => ({
              filename: attachment.filename,
              content: attachment.content.toString('base64'),
              contentType: attachment.contentType,
            })),
          },
          { idempotencyKey: email.id, signal: AbortSignal.timeout(timeoutMs) },
        );
      } catch (error) {
        // The SDK answers { error } for HTTP and network failures; a throw is an abort mid-body.
        throw new SendError(`Resend send failed: ${error instanceof Error ? error.name : 'unknown error'}`, {
          retryable: true,
          code: 'network_error',
        });
      }
      if (response.error) throw convertResendError({ error: response.error, headers: response.headers });
      return { providerId: response.data.id, status: 'sent' };
    },
  };
}
