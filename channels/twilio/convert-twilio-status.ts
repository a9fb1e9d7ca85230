import { z } from 'zod';
import type { DeliveryStatusUpdate } from '../../bot/runtime/ports.js';

const paramsSchema = z.object({
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/, 'a Twilio message SID'),
  MessageStatus: z.string().regex(/^[a-z_-]{1,40}$/, 'a Twilio message status'),
  // Only present on failed/undelivered messages (e.g. 30003, 63016).
  ErrorCode: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.string().regex(/^\d{1,10}$/).optional())
    .optional(),
});


export interface ConvertTwilioStatusOptions {
  /** The status callback's form fields. */
  params: Record<string, unknown>;
}

export type ConvertTwilioStatusResult = { success: true; update: DeliveryStatusUpdate } | { success: false; issues: string[] };

/** Twilio message status callback -> the update DeliveryStatusPort records. */
export function convertTwilioStatus({ params }: ConvertTwilioStatusOptions): ConvertTwilioStatusResult {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) {
    return { success: false, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }
  const { MessageSid, MessageStatus, ErrorCode } = parsed.data;
  return {
    success: true,
    update: ErrorCode ? { providerId: MessageSid, status: MessageStatus, errorCode: ErrorCode } : { providerId: MessageSid, status: MessageStatus },
  };
}
