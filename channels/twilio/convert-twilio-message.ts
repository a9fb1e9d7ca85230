import { z } from 'zod';
import type { InboundMessage, MediaRef } from '../../bot/runtime/ports.js';

const WHATSAPP_PREFIX = 'whatsapp:';
/** Twilio accepts at most 10 media per message. */
const MAX_MEDIA = 10;

const e164 = z.string().regex(/^\+[1-9]\d{1,14}$/, 'an E.164 number');

/** An address as Twilio writes it: E.164, prefixed with `whatsapp:` on WhatsApp. */
const twilioAddress = z
  .string()
  .trim()
  .transform((value) => {
    const whatsapp = value.startsWith(WHATSAPP_PREFIX);
    return { whatsapp, number: whatsapp ? value.slice(WHATSAPP_PREFIX.length) : value };
  })
  .pipe(z.object({ whatsapp: z.boolean(), number: e164 }));

const paramsSchema = z.object({
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/, 'a Twilio message SID'),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio account SID').optional(),
  From: twilioAddress,
  To: twilioAddress,
  Body: z.string().optional(),
  NumMedia: z.coerce.number().int().min(0).max(MAX_MEDIA).default(0),
});

const mediaSchema = z.object({ url: z.url({ protocol: /^https?$/ }), contentType: z.string().min(1) });

export interface ConvertTwilioMessageOptions {
  /** The webhook's form fields (express.urlencoded body). */
  params: Record<string, unknown>;
  receivedAt?: Date;
}

export type ConvertTwilioMessageResult =
  | { success: true; message: InboundMessage }
  | { success: false; issues: string[] };

/**
 * Twilio messaging webhook (SMS, MMS, WhatsApp) -> InboundMessage.
 * Issues name the offending fields only: values may be phone numbers or text.
 */
export function convertTwilioMessage({ params, receivedAt = new Date() }: ConvertTwilioMessageOptions): ConvertTwilioMessageResult {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return { success: false, issues: describeIssues(parsed.error) };
  const { MessageSid, From, To, Body, NumMedia } = parsed.data;

  const media: MediaRef[] = [];
  for (let index = 0; index < NumMedia; index += 1) {
    const ref = mediaSchema.safeParse({ url: params[`MediaUrl${index}`], contentType: params[`MediaContentType${index}`] });
    if (!ref.success) return { success: false, issues: [`MediaUrl${index}/MediaContentType${index}: missing or invalid`] };
    media.push(ref.data);
  }

  return {
    success: true,
    message: {
      channel: From.whatsapp ? 'whatsapp' : 'sms',
      address: From.number,
      recipient: To.number,
      providerId: MessageSid,
      // Twilio sends Body="" for media-only messages.
      text: Body ? Body : undefined,
      media,
      receivedAt,
    },
  };
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
