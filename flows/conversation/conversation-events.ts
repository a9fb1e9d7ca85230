import type { Language } from '../../i18n/languages.js';
import type { Command } from './interpret-inbound.js';
import type { PaymentNotice } from '../../billing/quote/quote-offer.js';
import type { SignatureNotice } from '../../signing/mandate-offer.js';
import type { ReminderKind } from '../../reminders/reminder-kinds.js';

export interface MediaItem {
  /** Id in the media store; absent when the file could not be fetched. */
  id?: string;
  contentType: string;
  available: boolean;
  /** Why an unavailable file is: over the size limit, or the download failed. */
  unavailable?: 'too_large' | 'failed';
}

export type TimerEventType =
  | 'TIMER.TICKET_NUDGE'
  | 'TIMER.PAYMENT_REMINDER'
  | 'TIMER.QUOTE_EXPIRED'
  | 'TIMER.MANDATE_REMINDER'
  | 'TIMER.MANDATE_EXPIRED'
  /** The offline readers were busy: read the photo held in line now. */
  | 'TIMER.READ_IN_LINE';

export type ConversationEvent =
  | { type: 'USER.TEXT'; text: string; answer: 'yes' | 'no' | null; detectedLanguage: Language | null }
  /** `documents`: photos and PDFs, what a ticket can arrive as; `others`: anything else, or a file we could not fetch. */
  | { type: 'USER.MEDIA'; documents: MediaItem[]; others: MediaItem[]; text?: string; detectedLanguage: Language | null }
  | { type: 'USER.COMMAND'; command: Command; keyword: string }
  | { type: 'USER.LANGUAGE'; language: Language }
  | { type: 'STAFF.RELEASE' }
  /** The firm received the money (Stripe, or staff recording an e-Transfer); the invoice is issued. */
  | ({ type: 'PAYMENT.RECEIVED' } & PaymentNotice)
  /** A bank payment started in Checkout did not clear; the link still works. */
  | { type: 'PAYMENT.FAILED'; caseId: string; quoteId: string }
  /** Paid by a method that takes days to clear (bank debit): confirmed when it does. */
  | { type: 'PAYMENT.PROCESSING'; caseId: string; quoteId: string }
  /** The driver signed the mandate on the signing page; the sealed PDF is stored. */
  | ({ type: 'MANDATE.SIGNED' } & SignatureNotice)
  /** Five wrong codes: the signing link is locked; a new one is sent when the driver writes. */
  | { type: 'MANDATE.LOCKED'; caseId: string; signatureRequestId: string }
  /** A lawyer approved the draft: the final document is at documentUrl. */
  | { type: 'LAWYER.APPROVED'; caseId: string; caseNumber: string; documentUrl: string }
  /** A lawyer edited the draft (a new version): nothing to tell the driver, the review goes on. */
  | { type: 'LAWYER.EDITED'; caseId: string; version: number }
  /** The firm will not take the case: the lawyer's reason, and the refund of what was paid. */
  | { type: 'LAWYER.REJECTED'; caseId: string; caseNumber: string; reason: string; refund: { amountCents: number; currency: 'CAD' | 'USD' } | null }
  /** A lawyer asks the driver something; the answer goes back to the lawyer. */
  | { type: 'LAWYER.QUESTION'; caseId: string; caseNumber: string; question: string }
  /** The hearing date, in the court's time zone (date YYYY-MM-DD, time HH:MM). */
  | { type: 'CASE.HEARING_SET'; caseId: string; caseNumber: string; date: string; time: string; court: string; room: string | null }
  /** The court decided: the case closes. */
  | { type: 'CASE.OUTCOME'; caseId: string; caseNumber: string; outcome: CaseOutcome; points: number | null; fineCents: number | null; currency: 'CAD' | 'USD' }
  /** A reminder the service sends without being asked: the plea deadline, the hearing. */
  | ({ type: 'CASE.REMINDER' } & CaseReminder)
  | { type: TimerEventType };

/** What a case reminder says: scheduled with the facts it will tell, checked against the case when due. */
export interface CaseReminder {
  caseId: string;
  caseNumber: string;
  kind: ReminderKind;
  jurisdiction: 'QC' | 'ON' | 'NY';
  /** Plea reminders: the date to answer by (YYYY-MM-DD). */
  respondBy: string | null;
  /** Hearing reminders: the hearing as recorded (date, time in the court's zone). */
  hearing: { date: string; time: string; court: string; room: string | null } | null;
}

/**
 * Events the service sends on its own (reminders, nudges, a lawyer's news):
 * on SMS and WhatsApp they wait for the end of quiet hours. Answers to the
 * driver's own acts (a payment, a signature, a code) go at once.
 */
export const PROACTIVE_EVENT_TYPES: ReadonlySet<string> = new Set([
  'CASE.REMINDER',
  'CASE.HEARING_SET',
  'CASE.OUTCOME',
  'LAWYER.APPROVED',
  'LAWYER.REJECTED',
  'LAWYER.QUESTION',
  'TIMER.TICKET_NUDGE',
  'TIMER.PAYMENT_REMINDER',
  'TIMER.QUOTE_EXPIRED',
  'TIMER.MANDATE_REMINDER',
  'TIMER.MANDATE_EXPIRED',
]);

export type CaseOutcome = 'acquitted' | 'withdrawn' | 'reduced' | 'convicted';
export const CASE_OUTCOMES: readonly CaseOutcome[] = ['acquitted', 'withdrawn', 'reduced', 'convicted'];
