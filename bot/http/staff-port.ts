import { z } from 'zod';
import type { PaymentService } from '../payments/create-payment-service.js';
import { parseCalendarDate } from '../../tickets/deadlines/parse-calendar-date.js';
import { contestAnalysisSchema } from '../../knowledge/analysis/contest-analysis-schema.js';
import { ticketSchema } from '../../tickets/ticket-schema.js';

/**
 * What the staff API needs from the runtime (the runtime implements it).
 * The views are plain JSON: dates as ISO 8601 strings, addresses masked.
 * The zod schemas document the responses in the OpenAPI document; the types
 * are inferred from them so the two cannot drift.
 */

// A plain string with a format: the views are produced by our own code, not parsed from input.
const isoDate = z.string().meta({ format: 'date-time', description: 'ISO 8601 date-time' });

export const staffMessageViewSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    /** Null for a message that is media only, or whose text was erased. */
    text: z.string().nullable(),
    mediaCount: z.int().min(0),
    status: z.string().describe('received, processed, pending, sent, delivered, failed, dead, suppressed…'),
    createdAt: isoDate,
  });

export const staffConversationViewSchema = z
  .object({
    id: z.string(),
    channel: z.enum(['sms', 'whatsapp', 'web', 'botframework']),
    maskedAddress: z.string().describe("Last digits only, e.g. '***0123'; never the full number or session id"),
    language: z.string().nullable(),
    market: z.enum(['qc', 'on', 'ny']).nullable(),
    consent: z.string().nullable(),
    handoff: z.boolean(),
    optedOut: z.boolean(),
    state: z.string().describe('Current state of the conversation machine, e.g. "intake.awaitingTicketPhoto"'),
    machineVersion: z.int(),
    createdAt: isoDate,
    updatedAt: isoDate,
    clientId: z.string().nullable(),
    cases: z.array(z.object({ id: z.string(), number: z.int(), status: z.string() })),
    messages: z.array(staffMessageViewSchema).max(50).describe('The last 50 messages, oldest first'),
  });

export const staffCaseViewSchema = z
  .object({
    id: z.string(),
    number: z.int(),
    status: z.string(),
    jurisdiction: z.string().nullable(),
    clientId: z.string(),
    conversationId: z.string().nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
    ticket: ticketSchema.nullable().describe('The canonical ticket (tickets/ticket-schema.ts), once read; null before'),
    respondBy: z.string().nullable().describe('Date to answer the ticket by (YYYY-MM-DD, in the jurisdiction)'),
    urgent: z.boolean().describe('Deadline past or within 5 days'),
    ticketConfirmedAt: isoDate.nullable().describe('When the driver confirmed the ticket'),
    analyses: z
      .array(
        z.object({
          id: z.string(),
          status: z.enum(['scored', 'needs_lawyer', 'refused', 'failed']),
          engine: z.enum(['claude', 'ollama', 'offline']).nullable(),
          model: z.string().nullable(),
          promptVersion: z.string().nullable().describe('The prompt version (model) or rules version (offline)'),
          score: z.int().min(0).max(100).nullable(),
          needsReview: z.boolean().describe('The model failed and a fallback answered'),
          fallbackReason: z.string().nullable(),
          retrievedChunkIds: z.array(z.string()).describe('Every corpus chunk retrieval returned for this case'),
          timings: z.object({ retrievalMs: z.number(), analysisMs: z.number(), totalMs: z.number() }).nullable(),
          analysis: contestAnalysisSchema.nullable().describe('Score, factors with citations, options, consequences, draft'),
          createdAt: isoDate,
        }),
      )
      .describe('Contest analyses of the case, newest first, with why each came out so'),
    flag: z
      .object({ at: isoDate, reason: z.string().describe('payment_amount_mismatch, payment_paid_twice, payment_refunded, payment_disputed') })
      .nullable()
      .describe('Set when a person must look at the case'),
    quotes: z
      .array(
        z.object({
          id: z.string(),
          status: z.enum(['open', 'paid', 'expired']),
          currency: z.enum(['CAD', 'USD']),
          feeCents: z.int(),
          taxes: z.array(z.object({ name: z.string(), rate: z.string().describe('Exact decimal percentage, e.g. "9.975"'), amountCents: z.int() })),
          totalCents: z.int(),
          pricingVersion: z.string(),
          interacReference: z.string().nullable().describe('What the client writes in the e-Transfer message'),
          expiresAt: isoDate,
          paidAt: isoDate.nullable(),
          createdAt: isoDate,
        }),
      )
      .describe('Quotes of the case, newest first'),
    payments: z
      .array(
        z.object({
          id: z.string(),
          method: z.enum(['card', 'interac']),
          status: z.string().describe('succeeded, flagged, refunded, disputed'),
          amountCents: z.int(),
          currency: z.string(),
          receivedAt: isoDate,
          recordedBy: z.string(),
          invoiceNumber: z.string().nullable(),
          invoiceUrl: z.string().nullable().describe('The PDF (the same link the client has)'),
        }),
      )
      .describe('Money received for the case, newest first'),
  });

export type StaffMessageView = z.infer<typeof staffMessageViewSchema>;
export type StaffConversationView = z.infer<typeof staffConversationViewSchema>;
export type StaffCaseView = z.infer<typeof staffCaseViewSchema>;

export interface StaffPort {
  getConversation(id: string): Promise<StaffConversationView | null>;
  getCase(id: string): Promise<StaffCaseView | null>;
  /** `actor` is `staff:<8 hex>`, for the audit log. */
  releaseHandoff(id: string, actor: string): Promise<'released' | 'not-in-handoff' | 'not-found'>;
  /** Queues `text` to the driver through the outbox. Null when the conversation is unknown. */
  sendStaffReply(id: string, text: string, actor: string): Promise<{ messageId: string } | null>;
}

/** Body of POST /api/v1/conversations/:id/messages. 1600 characters is Twilio's SMS body limit. */
export const staffReplyRequestSchema = z.object({
  text: z.string().trim().min(1).max(1600),
});

/** Body of POST /api/v1/cases/:id/payments: an Interac e-Transfer the firm received. */
export const interacPaymentRequestSchema = z.object({
  method: z.literal('interac'),
  /** The reference the client wrote in the transfer's message (T911-XXXX-XXXX), as the quote gave it. */
  reference: z.string().trim().min(4).max(40),
  amountCents: z.int().positive().max(100_000_000),
  /** When the transfer arrived; defaults to now. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  /** The sender's name as the bank shows it, printed on the invoice. */
  payerName: z.string().trim().min(1).max(200).optional(),
});

export const hearingRequestSchema = z.object({
  /** The court day, YYYY-MM-DD, in the case's jurisdiction. */
  date: z.iso.date(),
  /** HH:MM (24 h), court time. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24 h'),
  court: z.string().trim().min(1).max(200),
  room: z.string().trim().min(1).max(50).nullable().optional(),
});

export const outcomeRequestSchema = z.object({
  outcome: z.enum(['acquitted', 'withdrawn', 'reduced', 'convicted']),
  /** Reduced: the new demerit points. */
  points: z.int().min(0).max(30).nullable().optional(),
  /** Reduced: the new fine, in cents. */
  fineCents: z.int().min(0).max(100_000_000).nullable().optional(),
});

const calendarDate = z.iso.date().refine((day) => parseCalendarDate(day) !== null, 'not a calendar date');

export const quickBooksExportQuerySchema = z.object({
  from: calendarDate,
  to: calendarDate,
});

/** What the staff API needs for payments (bot/payments/create-payment-service.ts implements it). */
export type StaffBillingPort = Pick<PaymentService, 'recordInteracPayment' | 'exportQuickBooks'>;

/** GET /api/v1/signatures/:id/verify: the stored sealed mandate hashed again and compared. */
export const signedFileCheckSchema = z.object({
  signatureRequestId: z.string(),
  caseId: z.string(),
  storage: z.enum(['filesystem', 's3']).describe('Where the sealed PDF is kept'),
  signedAt: z.string().describe('ISO instant of the signature'),
  expectedSha256: z.string().describe('SHA-256 recorded when the file was sealed'),
  actualSha256: z.string().nullable().describe('SHA-256 of the file as stored now; null when the file is missing'),
  intact: z.boolean().describe('true when both hashes are equal'),
});
export type SignedFileCheck = z.infer<typeof signedFileCheckSchema>;
