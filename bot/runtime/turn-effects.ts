import type { Language } from '../../i18n/languages.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { MediaItem, TimerEventType } from '../../flows/conversation/conversation-events.js';
import type { ResponseDeadline } from '../../tickets/deadlines/compute-response-deadline.js';
import type { TicketSummary } from '../../tickets/ticket-intake-outcome.js';
import type { Ticket } from '../../tickets/ticket-schema.js';
import type { ContestAnalysisOutcome } from '../../knowledge/analysis/contest-analysis-outcome.js';
import type { PaymentNotice, QuoteOffer } from '../../billing/quote/quote-offer.js';
import type { QuoteReplyVariant } from '../../i18n/render-quote.js';
import type { PreparedMandate, SignatureNotice } from '../../signing/mandate-offer.js';

/** An analysis outcome, or the analysis having failed outright. */
export type AnalysisRecord = ContestAnalysisOutcome | { status: 'failed' };

/**
 * What a turn asks the world to do. The machine's named actions record these
 * during the turn; they are applied afterwards, all in the transaction that
 * stores the new snapshot, so a turn's effects happen once or not at all.
 */
export type TurnEffect =
  | { kind: 'reply'; key: MessageKey; language: Language; vars?: Record<string, string | number> }
  | { kind: 'replyTicketSummary'; language: Language; summary: TicketSummary }
  | { kind: 'recordTicket'; caseId: string; ticket: Ticket | null; deadline: ResponseDeadline | null; confirmed: boolean }
  | { kind: 'recordAnalysis'; caseId: string; outcome: AnalysisRecord }
  | { kind: 'replyAnalysis'; language: Language; outcome: AnalysisRecord }
  | { kind: 'recordQuote'; caseId: string; offer: QuoteOffer }
  | { kind: 'replyQuote'; language: Language; variant: QuoteReplyVariant; offer: QuoteOffer }
  | { kind: 'replyPayment'; language: Language; notice: PaymentNotice }
  | { kind: 'expireQuote'; quoteId: string }
  | { kind: 'recordEmail'; email: string }
  | { kind: 'recordMandate'; prepared: PreparedMandate }
  | { kind: 'replySignature'; language: Language; notice: SignatureNotice }
  | { kind: 'recordConsent'; consent: 'granted' | 'refused' }
  | { kind: 'forgetConversation' }
  | { kind: 'openCase'; caseId: string; media: MediaItem[] }
  | { kind: 'attachToCase'; caseId: string; media: MediaItem[] }
  | { kind: 'setLanguage'; language: Language }
  | { kind: 'requestHandoff' }
  | { kind: 'endHandoff' }
  | { kind: 'eraseClientData' }
  | { kind: 'withdrawConsent' }
  | { kind: 'recordDataExport'; tokenSha256: string; validMs: number }
  | { kind: 'setOptOut'; optedOut: boolean }
  | { kind: 'requestLawyerReview'; caseId: string }
  | { kind: 'replyReminders'; language: Language; optedOut: boolean }
  | { kind: 'emailNotice'; language: Language; caseId: string; key: MessageKey; vars: Record<string, string | number> }
  | { kind: 'relayAnswerToLawyer'; caseId: string; text: string }
  | { kind: 'scheduleTimer'; event: TimerEventType; delayMs: number }
  | { kind: 'cancelTimer'; event: TimerEventType };
