import { randomUUID } from 'node:crypto';
import { and, assign, fromPromise, setup } from 'xstate';
import type { MessageKey } from '../../i18n/translate.js';
import type { Language } from '../../i18n/languages.js';
import type { Market } from '../markets.js';
import type { ConversationEvent, MediaItem, TimerEventType } from './conversation-events.js';
import { CARRIER_HANDLED_KEYWORDS, type Command } from './interpret-inbound.js';
import { isReadingInLine, type ReadingInLine } from './reading-in-line.js';
import type { ResponseDeadline } from '../../tickets/deadlines/compute-response-deadline.js';
import type { IntakeOutcome, MissingField, RevisionOutcome, TicketSummary } from '../../tickets/ticket-intake-outcome.js';
import type { TicketReading } from '../../tickets/ticket-reading.js';
import type { Ticket } from '../../tickets/ticket-schema.js';
import type { MessageVars } from '../../i18n/translate.js';
import type { ContestAnalysisOutcome } from '../../knowledge/analysis/contest-analysis-outcome.js';
import type { PaymentNotice, QuoteOffer } from '../../billing/quote/quote-offer.js';
import type { QuoteReplyVariant } from '../../i18n/render-quote.js';
import type { MandateOffer, PreparedMandate, SignatureNotice } from '../../signing/mandate-offer.js';
import { formatMoney } from '../../i18n/format-money.js';
import { formatCalendarDate } from '../../i18n/format-calendar-date.js';
import { translate } from '../../i18n/translate.js';

/**
 * Bump when a change would make a stored snapshot restore into a state or
 * context this machine no longer has, and add the step in upgrade-snapshot.ts
 * plus a fixture in snapshots/ (restore-snapshot.test.ts replays them all).
 */
export const CONVERSATION_MACHINE_VERSION = 6;

export type ChannelName = 'sms' | 'whatsapp' | 'web' | 'botframework';

export interface ConversationContext {
  language: Language;
  /** True once the driver chose a language (FR/EN/ES): detection no longer overrides it. */
  languageChosen: boolean;
  market: Market | null;
  channel: ChannelName;
  consent: 'granted' | 'refused' | null;
  caseId: string | null;
  optedOut: boolean;
  /** What was read of the current ticket, with the driver's corrections applied. */
  ticketDraft: TicketReading | null;
  /** The canonical ticket once its offence is known. */
  ticket: Ticket | null;
  deadline: ResponseDeadline | null;
  missingFields: MissingField[];
  /** Tickets beyond the first in the same photo: the driver is asked to send them one by one. */
  additionalTickets: number;
  /** The documents being read, until a case holds them. */
  pendingMedia: MediaItem[];
  /** The price offered for the current case, until it is paid or lapses. */
  quote: QuoteOffer | null;
  /** The mandate link offered for the current case, until it is signed or lapses. */
  mandate: MandateOffer | null;
}

/** What the runtime's prepareMandate actor fills in: the mandate for this case, in the driver's language. */
export interface PrepareMandateInput {
  caseId: string;
  language: Language;
}

/** What the runtime's quoteCase actor prices: the confirmed ticket (its grid line, its urgency). */
export interface QuoteCaseInput {
  caseId: string;
  ticket: Ticket;
  deadline: ResponseDeadline | null;
  language: Language;
}

export type { QuoteReplyVariant };

/** What the runtime's analyseCase actor analyses: the confirmed ticket, in the driver's language. */
export interface AnalyseCaseInput {
  caseId: string;
  ticket: Ticket;
  deadline: ResponseDeadline | null;
  missingFields: MissingField[];
  language: Language;
}

/** What the runtime's readTicket actor reads: the documents or the typed words of the event. */
export interface ReadTicketInput {
  caseId: string | null;
  /** Also read the documents already on the case (a case opened before tickets were read). */
  includeCaseMedia: boolean;
  media: MediaItem[];
  text: string | null;
  market: Market | null;
  language: Language;
  /** The driver was already told the ticket is in line: wait for a reader rather than answer `in_line` again (unless the line is full). */
  inLine?: boolean;
}

/** What the runtime's reviseTicket actor gets: the draft and what the driver typed about it. */
export interface ReviseTicketInput {
  draft: TicketReading;
  text: string;
  market: Market | null;
  language: Language;
}


export interface ConversationInput {
  channel: ChannelName;
  market: Market | null;
  language: Language;
}

export const TICKET_NUDGE_DELAY_MS = 24 * 60 * 60 * 1000;

/** One address and nothing else: "my email is …" sentences are not guessed at. */
const EMAIL_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

const isCommand = (event: ConversationEvent, command: Command) => event.type === 'USER.COMMAND' && event.command === command;

type OutcomeEvent = { output?: RevisionOutcome };
const outcomeOf = (event: unknown): RevisionOutcome | undefined => (event as OutcomeEvent).output;
const outcomeKindIs = (event: unknown, kind: RevisionOutcome['kind']) => outcomeOf(event)?.kind === kind;
const documentsOf = (event: ConversationEvent): MediaItem[] => (event.type === 'USER.MEDIA' ? event.documents : []);
const textOf = (event: ConversationEvent): string | null =>
  event.type === 'USER.TEXT' ? event.text : event.type === 'USER.MEDIA' ? (event.text ?? null) : null;
/** What readTicket reads: the event's documents or words, and (for a v1 case) the case's photos. */
const readTicketInput =
  (includeCaseMedia: boolean) =>
  ({ context, event }: { context: ConversationContext; event: ConversationEvent }): ReadTicketInput => ({
    caseId: context.caseId,
    includeCaseMedia,
    media: documentsOf(event),
    text: textOf(event),
    market: context.market,
    language: context.language,
  });
const notProvided = (name: string) =>
  fromPromise<never, unknown>(async () => {
    throw new Error(`${name} is provided by the runtime`);
  });

/**
 * What any waiting state does with an attachment: a photo or PDF goes to
 * `target` to be read; a file too large or that could not be downloaded gets
 * its own reply; anything else gets `fallback`.
 */
const mediaSent = (target: string, fallback: MessageKey, actions: 'holdDocuments' | ('forgetTicket' | 'holdDocuments')[] = 'holdDocuments') => [
  { guard: 'sentTicketDocument' as const, target, actions },
  { guard: 'sentTooLargeMedia' as const, actions: { type: 'reply' as const, params: { key: 'intake.fileTooLarge' as MessageKey } } },
  { guard: 'sentUnavailableMedia' as const, actions: { type: 'reply' as const, params: { key: 'media.unavailable' as MessageKey } } },
  { actions: { type: 'reply' as const, params: { key: fallback } } },
];

/** The hearing in the driver's words: the court day in their language, the court's time, ", room 3.10". */
function hearingVars(language: Language, caseNumber: string, hearing: { date: string; time: string; court: string; room: string | null }): MessageVars {
  const room = hearing.room ? translate(language, 'hearing.room', { room: hearing.room }) : '';
  return { caseNumber, date: formatCalendarDate(language, hearing.date), time: hearing.time, court: hearing.court, room };
}

const UNREADABLE_REPLIES: Record<Extract<IntakeOutcome, { kind: 'unreadable' }>['reason'], MessageKey> = {
  too_large: 'intake.fileTooLarge',
  corrupt: 'intake.retake',
  unsupported_type: 'media.notAnImage',
  too_small: 'intake.retake',
  illegible: 'intake.retake',
  no_material: 'ticket.askAgain',
};

/**
 * The journey of one conversation: consent, language, ticket. Pure: every
 * side effect is a named action whose real implementation the runtime
 * provides (bot/runtime/run-conversation-turn.ts); the defaults do nothing,
 * so a test drives this machine with no database and no network.
 */
const base = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  actions: {
    /** Say something to the driver, in context.language. */
    reply: (_, _params: { key: MessageKey; vars?: MessageVars }) => {},
    /** Show what was read of the ticket and ask whether it is right (or for what is missing). */
    replyTicketSummary: (_, _params: TicketSummary) => {},
    /** Store the ticket (and its deadline, urgency) on the case. */
    recordTicket: (_, _params: { caseId: string; ticket: Ticket | null; deadline: ResponseDeadline | null; confirmed: boolean }) => {},
    /** Store the analysis with the case: engine, model, prompt version, retrieved chunks, timings. */
    recordAnalysis: (_, _params: { caseId: string; outcome: ContestAnalysisOutcome | { status: 'failed' } }) => {},
    /** Keep the quote with the case: price lines, taxes, payment link secret, Interac reference, expiry. */
    recordQuote: (_, _params: { caseId: string; offer: QuoteOffer }) => {},
    /** Say the price and how to pay it. */
    replyQuote: (_, _params: { variant: QuoteReplyVariant; offer: QuoteOffer }) => {},
    /** Confirm a payment: amount, invoice number and link. */
    replyPayment: (_, _params: { notice: PaymentNotice }) => {},
    /** The quote lapsed unpaid. */
    expireQuote: (_, _params: { quoteId: string }) => {},
    /** Keep the signing request with the case: link secret's hash, frozen document, its SHA-256. */
    recordMandate: (_, _params: { prepared: PreparedMandate }) => {},
    /** Say the mandate is signed, with the link to the sealed copy. */
    replySignature: (_, _params: { notice: SignatureNotice }) => {},
    /** The driver gave an email address: receipts go there. */
    recordEmail: (_, _params: { email: string }) => {},
    /** Tell the driver the score, reasons, options and consequences (or why there is no score). */
    replyAnalysis: (_, _params: { outcome: ContestAnalysisOutcome | { status: 'failed' } }) => {},
    recordConsent: (_, _params: { consent: 'granted' | 'refused' }) => {},
    /** Consent refused: drop what the driver sent before refusing. */
    forgetConversation: () => {},
    openCase: (_, _params: { caseId: string; media: MediaItem[] }) => {},
    attachToCase: (_, _params: { caseId: string; media: MediaItem[] }) => {},
    setLanguage: (_, _params: { language: Language }) => {},
    requestHandoff: () => {},
    endHandoff: () => {},
    eraseClientData: () => {},
    /** ACCESS: a link to a copy of everything held about the driver (the runtime makes the link and says it). */
    sendDataExport: () => {},
    /** WITHDRAW CONSENT: recorded, reminders cancelled, what the mandate does not cover erased (the runtime decides what). */
    withdrawConsent: () => {},
    setOptOut: (_, _params: { optedOut: boolean }) => {},
    /** List the reminders scheduled for this conversation (the runtime reads them), or say they are stopped. */
    replyReminders: (_, _params: { optedOut: boolean }) => {},
    /** The same words by email, to a client who gave an address (reminders, a lawyer's news). */
    emailNotice: (_, _params: { caseId: string; key: MessageKey; vars: MessageVars }) => {},
    /** Put the signed, paid case before a lawyer: the review, the first draft version, the Slack card. */
    requestLawyerReview: (_, _params: { caseId: string }) => {},
    /** The driver answered a lawyer's question: post it in the case's Slack thread. */
    relayAnswerToLawyer: (_, _params: { caseId: string; text: string }) => {},
    scheduleTimer: (_, _params: { event: TimerEventType; delayMs: number }) => {},
    cancelTimer: (_, _params: { event: TimerEventType }) => {},
    storeOutcome: assign(({ event }) => {
      const outcome = outcomeOf(event);
      if (outcome?.kind === 'ticket') {
        return {
          ticketDraft: outcome.draft,
          ticket: outcome.ticket,
          deadline: outcome.deadline,
          missingFields: outcome.missing,
          additionalTickets: outcome.additionalTickets,
        };
      }
      if (outcome?.kind === 'needs_jurisdiction') {
        return { ticketDraft: outcome.draft, ticket: null, deadline: null, missingFields: [], additionalTickets: outcome.additionalTickets };
      }
      return {};
    }),
    holdDocuments: assign(({ event }) => ({ pendingMedia: documentsOf(event) })),
    /** A second ticket: the first one's case stays as it is, a new case starts. */
    forgetTicket: assign({ caseId: null, ticketDraft: null, ticket: null, deadline: null, missingFields: [], additionalTickets: 0, pendingMedia: [], quote: null, mandate: null }),
    adoptDetectedLanguage: assign(({ context, event }) => {
      if (context.languageChosen) return {};
      if ((event.type === 'USER.TEXT' || event.type === 'USER.MEDIA') && event.detectedLanguage) {
        return { language: event.detectedLanguage };
      }
      return {};
    }),
  },
  guards: {
    saidYes: ({ event }) => event.type === 'USER.TEXT' && event.answer === 'yes',
    saidNo: ({ event }) => event.type === 'USER.TEXT' && event.answer === 'no',
    sentTicketDocument: ({ event }) => event.type === 'USER.MEDIA' && event.documents.length > 0,
    sentUnavailableMedia: ({ event }) => event.type === 'USER.MEDIA' && event.others.some((m) => !m.available),
    sentTooLargeMedia: ({ event }) => event.type === 'USER.MEDIA' && event.others.some((m) => m.unavailable === 'too_large'),
    /** "ok" or "hi" is not a ticket; a sentence with a few words might be. */
    describedTicket: ({ event }) => event.type === 'USER.TEXT' && event.text.split(/\s+/).length >= 4,
    isHelp: ({ event }) => isCommand(event, 'help'),
    isStatus: ({ event }) => isCommand(event, 'status'),
    isReminders: ({ event }) => isCommand(event, 'reminders'),
    isAgent: ({ event }) => isCommand(event, 'agent'),
    isDelete: ({ event }) => isCommand(event, 'delete'),
    isAccess: ({ event }) => isCommand(event, 'access'),
    isWithdraw: ({ event }) => isCommand(event, 'withdraw'),
    isStop: ({ event }) => isCommand(event, 'stop'),
    isStart: ({ event }) => isCommand(event, 'start'),
    /** On SMS the carrier already answers STOP/START; we answer the others (ARRET) ourselves. */
    carrierAnswers: ({ context, event }) =>
      context.channel === 'sms' && event.type === 'USER.COMMAND' && CARRIER_HANDLED_KEYWORDS.has(event.keyword),
    hasConsent: ({ context }) => context.consent === 'granted',
    hasCase: ({ context }) => context.caseId !== null,
    notOptedOut: ({ context }) => !context.optedOut,
    hasTicketDraft: ({ context }) => context.ticketDraft !== null,
    missesEssentials: ({ context }) => context.ticket === null || context.missingFields.includes('issuedOn'),
    hadSecondTicket: ({ context }) => context.additionalTickets > 0,
    readTicket: ({ event }) => outcomeKindIs(event, 'ticket'),
    readingInLine: ({ event }) => isReadingInLine((event as { output?: unknown }).output),
    readNeedsJurisdiction: ({ event }) => outcomeKindIs(event, 'needs_jurisdiction'),
    readOtherJurisdiction: ({ event }) => outcomeKindIs(event, 'unsupported_jurisdiction'),
    readNotATicket: ({ event }) => outcomeKindIs(event, 'not_a_ticket'),
    readUnreadable: ({ event }) => outcomeKindIs(event, 'unreadable'),
    correctionNotUnderstood: ({ event }) => outcomeKindIs(event, 'not_understood'),
    /** Scored, or no score but a lawyer can still take it: the firm quotes a price. */
    analysisQuotable: ({ event }) => {
      const status = (event as { output?: ContestAnalysisOutcome }).output?.status;
      return status === 'scored' || status === 'needs_lawyer';
    },
    paysCurrentQuote: ({ context, event }) => event.type === 'PAYMENT.RECEIVED' && context.quote?.quoteId === event.quoteId,
    aboutCurrentQuote: ({ context, event }) =>
      (event.type === 'PAYMENT.FAILED' || event.type === 'PAYMENT.PROCESSING') && context.quote?.quoteId === event.quoteId,
    sentEmailAddress: ({ event }) => event.type === 'USER.TEXT' && EMAIL_ADDRESS.test(event.text.trim()),
    signsCurrentMandate: ({ context, event }) => event.type === 'MANDATE.SIGNED' && context.mandate?.signatureRequestId === event.signatureRequestId,
    /** A lawyer's decision, a hearing or an outcome about the case this conversation is on now. */
    aboutCurrentCase: ({ context, event }) => 'caseId' in event && event.caseId === context.caseId,
    closesCase: ({ event }) => event.type === 'LAWYER.REJECTED' || event.type === 'CASE.OUTCOME',
    locksCurrentMandate: ({ context, event }) => event.type === 'MANDATE.LOCKED' && context.mandate?.signatureRequestId === event.signatureRequestId,
  },
  actors: {
    /** Reads a photo, a PDF or typed details into a ticket (Claude, or OCR and a form parser). */
    readTicket: notProvided('readTicket') as unknown as ReturnType<typeof fromPromise<IntakeOutcome | ReadingInLine, ReadTicketInput>>,
    /** Applies a correction or an answer the driver typed to the draft, and completes it again. */
    reviseTicket: notProvided('reviseTicket') as unknown as ReturnType<typeof fromPromise<RevisionOutcome, ReviseTicketInput>>,
    /** Retrieval over the legal corpus, then Claude/Ollama or the offline rules: a score, reasons, options, a draft. */
    analyseCase: notProvided('analyseCase') as unknown as ReturnType<typeof fromPromise<ContestAnalysisOutcome, AnalyseCaseInput>>,
    /** The pricing grid and taxes for this ticket, a payment link and an Interac reference. */
    quoteCase: notProvided('quoteCase') as unknown as ReturnType<typeof fromPromise<QuoteOffer, QuoteCaseInput>>,
    /** The mandate filled in from the case, rendered to PDF and stored, and a signing link. */
    prepareMandate: notProvided('prepareMandate') as unknown as ReturnType<typeof fromPromise<PreparedMandate, PrepareMandateInput>>,
  },
});

/** The current quote again: as a reminder, when the driver writes meanwhile, after a failed bank payment. */
const replyCurrentQuote = (variant: Exclude<QuoteReplyVariant, 'offer'>) =>
  base.enqueueActions(({ context, enqueue }) => {
    if (context.quote) enqueue({ type: 'replyQuote', params: { variant, offer: context.quote } });
  });

/** Actions made of other actions: they need the base setup's types, hence extend(). */
const machineSetup = base.extend({
  actions: {
    /** FR / EN / ES: the driver's choice wins over detection from then on. */
    chooseLanguage: base.enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'USER.LANGUAGE') return;
      enqueue.assign({ language: event.language, languageChosen: true });
      enqueue({ type: 'setLanguage', params: { language: event.language } });
    }),
    /** Only a driver who consented has data of their own to copy. */
    replyDataExport: base.enqueueActions(({ enqueue, check }) => {
      if (check('hasConsent')) enqueue('sendDataExport');
      else enqueue({ type: 'reply', params: { key: 'privacy.exportNothing' } });
    }),
    listReminders: base.enqueueActions(({ context, enqueue }) => {
      enqueue({ type: 'replyReminders', params: { optedOut: context.optedOut } });
    }),
    replyStatus: base.enqueueActions(({ context, enqueue }) => {
      const key: MessageKey = context.consent !== 'granted' ? 'status.noConsent' : context.caseId ? 'status.case' : 'status.noCase';
      enqueue({ type: 'reply', params: { key } });
    }),
    optOut: base.enqueueActions(({ enqueue, check }) => {
      enqueue.assign({ optedOut: true });
      enqueue({ type: 'setOptOut', params: { optedOut: true } });
      if (!check('carrierAnswers')) enqueue({ type: 'reply', params: { key: 'optOut.confirmed' } });
    }),
    optIn: base.enqueueActions(({ enqueue, check }) => {
      enqueue.assign({ optedOut: false });
      enqueue({ type: 'setOptOut', params: { optedOut: false } });
      if (!check('carrierAnswers')) enqueue({ type: 'reply', params: { key: 'optIn.confirmed' } });
    }),
    /** The read produced a ticket: show it, and keep it on the case (opened now if this is the first). */
    /** The readers are busy: say so now (position, about how long), read on TIMER.READ_IN_LINE. */
    putInLine: base.enqueueActions(({ event, enqueue }) => {
      const line = (event as { output?: ReadingInLine }).output!;
      enqueue({ type: 'reply', params: { key: 'capacity.inLine', vars: { position: line.position, seconds: Math.max(5, Math.ceil(line.waitSeconds / 5) * 5) } } });
      enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.READ_IN_LINE', delayMs: line.retryInMs } });
    }),
    /** Still no room: try again later, without telling the driver a second time. */
    keepInLine: base.enqueueActions(({ event, enqueue }) => {
      enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.READ_IN_LINE', delayMs: (event as { output?: ReadingInLine }).output!.retryInMs } });
    }),
    acceptTicketOutcome: base.enqueueActions(({ context, event, enqueue }) => {
      const outcome = outcomeOf(event);
      if (outcome?.kind !== 'ticket' && outcome?.kind !== 'needs_jurisdiction') return;
      enqueue('storeOutcome');
      let caseId = context.caseId;
      if (!caseId) {
        caseId = randomUUID();
        enqueue.assign({ caseId, pendingMedia: [] });
        enqueue({ type: 'openCase', params: { caseId, media: context.pendingMedia } });
      } else if (context.pendingMedia.length > 0) {
        enqueue({ type: 'attachToCase', params: { caseId, media: context.pendingMedia } });
        enqueue.assign({ pendingMedia: [] });
      }
      if (outcome.kind === 'needs_jurisdiction') {
        enqueue({ type: 'reply', params: { key: 'intake.askJurisdiction' } });
        return;
      }
      enqueue({ type: 'recordTicket', params: { caseId, ticket: outcome.ticket, deadline: outcome.deadline, confirmed: false } });
      enqueue({
        type: 'replyTicketSummary',
        params: { draft: outcome.draft, ticket: outcome.ticket, deadline: outcome.deadline, missing: outcome.missing, additionalTickets: outcome.additionalTickets },
      });
    }),
    /** The read found no ticket: say why, in the driver's words. */
    replyReadFailure: base.enqueueActions(({ event, enqueue, check }) => {
      const outcome = outcomeOf(event);
      enqueue.assign({ pendingMedia: [] });
      if (outcome?.kind === 'unsupported_jurisdiction') {
        enqueue({ type: 'reply', params: { key: 'intake.otherJurisdiction', vars: { place: outcome.place } } });
      } else if (outcome?.kind === 'not_a_ticket') {
        enqueue({ type: 'reply', params: { key: 'intake.notATicket' } });
      } else if (outcome?.kind === 'unreadable') {
        enqueue({ type: 'reply', params: { key: UNREADABLE_REPLIES[outcome.reason] } });
      } else if (outcome?.kind === 'not_understood') {
        // "Reply YES if all is right" would mislead while the offence or the date is still missing.
        enqueue({ type: 'reply', params: { key: check('missesEssentials') ? 'intake.missingNotUnderstood' : 'intake.correctionNotUnderstood' } });
      } else {
        enqueue({ type: 'reply', params: { key: 'intake.readFailed' } });
      }
    }),
    /** The analysis came back (scored, or no score and why) or failed outright: record it, say it. */
    acceptAnalysis: base.enqueueActions(({ context, event, enqueue }) => {
      if (!context.caseId) return;
      const outcome = (event as { output?: ContestAnalysisOutcome }).output ?? { status: 'failed' as const };
      enqueue({ type: 'recordAnalysis', params: { caseId: context.caseId, outcome } });
      enqueue({ type: 'replyAnalysis', params: { outcome } });
    }),
    /** The price is ready: keep it, say it, and set the reminder and the expiry. */
    acceptQuote: base.enqueueActions(({ context, event, enqueue, check }) => {
      const offer = (event as { output?: QuoteOffer }).output;
      if (!offer || !context.caseId) return;
      enqueue.assign({ quote: offer });
      enqueue({ type: 'recordQuote', params: { caseId: context.caseId, offer } });
      enqueue({ type: 'replyQuote', params: { variant: 'offer', offer } });
      if (offer.reminderInMs < offer.expiresInMs) enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.PAYMENT_REMINDER', delayMs: offer.reminderInMs } });
      enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.QUOTE_EXPIRED', delayMs: offer.expiresInMs } });
      if (check('hadSecondTicket')) enqueue({ type: 'reply', params: { key: 'intake.secondTicket' } });
    }),
    remindOfQuote: replyCurrentQuote('reminder'),
    repeatQuote: replyCurrentQuote('pending'),
    replyPaymentFailed: replyCurrentQuote('failed'),
    expireCurrentQuote: base.enqueueActions(({ context, enqueue }) => {
      if (!context.quote) return;
      enqueue({ type: 'expireQuote', params: { quoteId: context.quote.quoteId } });
      enqueue({ type: 'reply', params: { key: 'quote.expired' } });
    }),
    /** Money received (for this case or an earlier one): say so, with the invoice. */
    acceptPayment: base.enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'PAYMENT.RECEIVED') return;
      const { type: _type, ...notice } = event;
      enqueue({ type: 'replyPayment', params: { notice } });
    }),
    /** The signing link is ready: keep it, send it, and set the reminder and the expiry. */
    acceptMandate: base.enqueueActions(({ context, event, enqueue }) => {
      const prepared = (event as { output?: PreparedMandate }).output;
      if (!prepared || !context.caseId) return;
      const { offer } = prepared;
      enqueue.assign({ mandate: offer });
      enqueue({ type: 'recordMandate', params: { prepared } });
      enqueue({ type: 'reply', params: { key: 'mandate.offer', vars: { url: offer.url, days: Math.round(offer.expiresInMs / 86_400_000) } } });
      if (offer.reminderInMs < offer.expiresInMs) enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.MANDATE_REMINDER', delayMs: offer.reminderInMs } });
      enqueue({ type: 'scheduleTimer', params: { event: 'TIMER.MANDATE_EXPIRED', delayMs: offer.expiresInMs } });
    }),
    remindOfMandate: base.enqueueActions(({ context, enqueue }) => {
      if (!context.mandate) return;
      const vars = { url: context.mandate.url };
      enqueue({ type: 'reply', params: { key: 'mandate.reminder', vars } });
      enqueue({ type: 'emailNotice', params: { caseId: context.mandate.caseId, key: 'mandate.reminder', vars } });
    }),
    repeatMandate: base.enqueueActions(({ context, enqueue }) => {
      if (context.mandate) enqueue({ type: 'reply', params: { key: 'mandate.pending', vars: { url: context.mandate.url } } });
    }),
    /** Signed (this case's mandate or an earlier one's): say so, with the sealed copy. */
    acceptSignature: base.enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'MANDATE.SIGNED') return;
      const { type: _type, ...notice } = event;
      enqueue({ type: 'replySignature', params: { notice } });
    }),
    /** Signed (current mandate): the driver is told, and the case goes to a lawyer. */
    signAndRequestReview: base.enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'MANDATE.SIGNED') return;
      const { type: _type, ...notice } = event;
      enqueue({ type: 'replySignature', params: { notice } });
      if (context.caseId) enqueue({ type: 'requestLawyerReview', params: { caseId: context.caseId } });
    }),
    /** What a lawyer decided, the hearing, the outcome, a reminder: told to the driver (about this case or an earlier one). */
    tellCaseNews: base.enqueueActions(({ context, event, enqueue }) => {
      const { language } = context;
      /** Said in the chat and, for a client who gave an address, by email (not a question: it is answered in the chat). */
      const tell = (caseId: string, key: MessageKey, vars: MessageVars, byEmail = true) => {
        enqueue({ type: 'reply', params: { key, vars } });
        if (byEmail) enqueue({ type: 'emailNotice', params: { caseId, key, vars } });
      };
      switch (event.type) {
        case 'LAWYER.APPROVED':
          tell(event.caseId, 'review.approved', { caseNumber: event.caseNumber, url: event.documentUrl });
          return;
        case 'LAWYER.QUESTION':
          tell(event.caseId, 'review.question', { caseNumber: event.caseNumber, question: event.question }, false);
          return;
        case 'LAWYER.REJECTED':
          tell(event.caseId, 'review.rejected', { caseNumber: event.caseNumber, reason: event.reason });
          if (event.refund) tell(event.caseId, 'review.refund', { amount: formatMoney(language, event.refund.amountCents, event.refund.currency) });
          return;
        case 'CASE.HEARING_SET':
          tell(event.caseId, 'hearing.set', hearingVars(language, event.caseNumber, event));
          return;
        case 'CASE.OUTCOME': {
          if (event.outcome !== 'reduced') {
            tell(event.caseId, `outcome.${event.outcome}`, { caseNumber: event.caseNumber });
            return;
          }
          const parts = [
            ...(event.points !== null ? [translate(language, 'outcome.reducedPoints', { points: event.points })] : []),
            ...(event.fineCents !== null ? [translate(language, 'outcome.reducedFine', { fine: formatMoney(language, event.fineCents, event.currency) })] : []),
          ];
          tell(event.caseId, 'outcome.reduced', { caseNumber: event.caseNumber, details: parts.join(translate(language, 'outcome.reducedJoin')) });
          return;
        }
        case 'CASE.REMINDER': {
          const vars: MessageVars = event.hearing
            ? { ...hearingVars(language, event.caseNumber, event.hearing), bring: translate(language, `reminder.bring.${event.jurisdiction}`) }
            : { caseNumber: event.caseNumber, date: event.respondBy ? formatCalendarDate(language, event.respondBy) : '' };
          tell(event.caseId, `reminder.${event.kind}`, vars);
          return;
        }
      }
    }),
    relayAnswer: base.enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'USER.TEXT' || !context.caseId) return;
      enqueue({ type: 'relayAnswerToLawyer', params: { caseId: context.caseId, text: event.text } });
      enqueue({ type: 'reply', params: { key: 'review.answerSent' } });
    }),
    recordEmailAddress: base.enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'USER.TEXT') return;
      enqueue({ type: 'recordEmail', params: { email: event.text.trim().toLowerCase() } });
      enqueue({ type: 'reply', params: { key: 'quote.emailNoted' } });
    }),
    confirmTicket: base.enqueueActions(({ context, enqueue }) => {
      if (!context.caseId || !context.ticket) return;
      enqueue({ type: 'recordTicket', params: { caseId: context.caseId, ticket: context.ticket, deadline: context.deadline, confirmed: true } });
    }),
  },
});

export const conversationMachine = machineSetup.createMachine({
  id: 'conversation',
  description: 'One driver on one channel, from first contact to a confirmed, analysed, quoted, paid, signed and lawyer-reviewed case, to its outcome.',
  context: ({ input }) => ({
    language: input.language,
    languageChosen: false,
    market: input.market,
    channel: input.channel,
    consent: null,
    caseId: null,
    optedOut: false,
    ticketDraft: null,
    ticket: null,
    deadline: null,
    missingFields: [],
    additionalTickets: 0,
    pendingMedia: [],
    quote: null,
    mandate: null,
  }),
  initial: 'active',
  states: {
    active: {
      description: 'The assistant answers. Commands work in every step.',
      initial: 'greeting',
      on: {
        'USER.COMMAND': [
          { guard: 'isAgent', target: 'handoff' },
          { guard: 'isDelete', target: 'confirmingErasure' },
          // Consent withdrawn: nothing more is done with the driver's data; writing again asks for consent anew.
          {
            guard: and(['isWithdraw', 'hasConsent']),
            target: '.refused',
            actions: ['withdrawConsent', 'forgetTicket', assign({ consent: null }), { type: 'reply', params: { key: 'privacy.withdrawn' } }],
          },
          { guard: 'isWithdraw', actions: { type: 'reply', params: { key: 'privacy.nothingToWithdraw' } } },
          { guard: 'isAccess', actions: 'replyDataExport' },
          { guard: 'isHelp', actions: { type: 'reply', params: { key: 'help' } } },
          { guard: 'isStatus', actions: 'replyStatus' },
          { guard: 'isReminders', actions: 'listReminders' },
          { guard: 'isStop', actions: 'optOut' },
          { guard: 'isStart', actions: 'optIn' },
        ],
        'USER.LANGUAGE': {
          actions: ['chooseLanguage', { type: 'reply', params: { key: 'language.changed' } }],
        },
        // Money can arrive whatever the driver is doing (an e-Transfer days later, a second ticket meanwhile).
        'PAYMENT.RECEIVED': [{ guard: 'paysCurrentQuote', target: '.mandate', actions: 'acceptPayment' }, { actions: 'acceptPayment' }],
        // Likewise a signature: the page may be signed while the driver talks about another ticket.
        'MANDATE.SIGNED': [{ guard: 'signsCurrentMandate', target: '.lawyerReview', actions: 'signAndRequestReview' }, { actions: 'acceptSignature' }],
        // A lawyer's word arrives whatever the driver is doing; it moves the journey only for the current case.
        'LAWYER.APPROVED': [{ guard: 'aboutCurrentCase', target: '.lawyerReview.approved', actions: 'tellCaseNews' }, { actions: 'tellCaseNews' }],
        'LAWYER.QUESTION': [{ guard: 'aboutCurrentCase', target: '.lawyerReview.answeringQuestion', actions: 'tellCaseNews' }, { actions: 'tellCaseNews' }],
        'LAWYER.REJECTED': [{ guard: 'aboutCurrentCase', target: '.lawyerReview.closed', actions: 'tellCaseNews' }, { actions: 'tellCaseNews' }],
        'CASE.OUTCOME': [{ guard: 'aboutCurrentCase', target: '.lawyerReview.closed', actions: 'tellCaseNews' }, { actions: 'tellCaseNews' }],
        'CASE.HEARING_SET': { actions: 'tellCaseNews' },
        // STOP is honoured at once: a reminder due after it says nothing (the runtime also skips it).
        'CASE.REMINDER': { guard: 'notOptedOut', actions: 'tellCaseNews' },
        // The driver is not told of each draft version; the event is the audit's counterpart in the journey.
        'LAWYER.EDITED': {},
      },
      states: {
        greeting: {
          description: 'Nothing said yet: the first text or photo sets the language and brings the privacy notice.',
          on: {
            'USER.TEXT': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.MEDIA': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.LANGUAGE': { target: 'consent', actions: 'chooseLanguage' },
          },
        },
        consent: {
          description: 'Privacy notice (Quebec Law 25 / PIPEDA): what we collect, why, how long; the driver answers yes or no.',
          entry: { type: 'reply', params: { key: 'consent.notice' } },
          on: {
            'USER.TEXT': [
              {
                guard: 'saidYes',
                target: 'awaitingTicket',
                actions: [assign({ consent: 'granted' }), { type: 'recordConsent', params: { consent: 'granted' } }],
              },
              {
                guard: 'saidNo',
                target: 'refused',
                actions: [
                  assign({ consent: 'refused' }),
                  { type: 'recordConsent', params: { consent: 'refused' } },
                  'forgetConversation',
                  { type: 'reply', params: { key: 'consent.refused' } },
                ],
              },
              { actions: { type: 'reply', params: { key: 'consent.pleaseAnswer' } } },
            ],
            'USER.MEDIA': { actions: { type: 'reply', params: { key: 'consent.pleaseAnswer' } } },
            // A new language re-shows the notice in it.
            'USER.LANGUAGE': { target: 'consent', reenter: true, actions: 'chooseLanguage' },
          },
        },
        refused: {
          description: 'Consent refused: nothing kept beyond the refusal. A new message asks again.',
          on: {
            'USER.TEXT': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.MEDIA': { target: 'consent' },
          },
        },
        awaitingTicket: {
          description: 'Consent given: waiting for a photo of the ticket or its details typed. A nudge comes after a day of silence.',
          entry: [
            { type: 'reply', params: { key: 'ticket.ask' } },
            { type: 'scheduleTimer', params: { event: 'TIMER.TICKET_NUDGE', delayMs: TICKET_NUDGE_DELAY_MS } },
          ],
          exit: { type: 'cancelTimer', params: { event: 'TIMER.TICKET_NUDGE' } },
          on: {
            'USER.MEDIA': mediaSent('intake', 'media.notAnImage'),
            'USER.TEXT': [
              { guard: 'describedTicket', target: 'intake' },
              { actions: { type: 'reply', params: { key: 'ticket.askAgain' } } },
            ],
            'TIMER.TICKET_NUDGE': { guard: 'notOptedOut', actions: { type: 'reply', params: { key: 'ticket.nudge' } } },
          },
        },
        intake: {
          description: 'Reading the ticket, showing what was read and getting it right with the driver.',
          initial: 'reading',
          states: {
            reading: {
              description: 'Reading the photo, PDF or typed details: Claude vision when configured, else (or when it fails) offline OCR and the form parsers.',
              invoke: {
                src: 'readTicket',
                input: readTicketInput(false),
                onDone: [
                  { guard: 'readingInLine', target: 'inLine', actions: 'putInLine' },
                  { guard: 'readTicket', target: 'review', actions: 'acceptTicketOutcome' },
                  { guard: 'readNeedsJurisdiction', target: 'choosingJurisdiction', actions: 'acceptTicketOutcome' },
                  { guard: 'hasTicketDraft', target: 'review', actions: 'replyReadFailure' },
                  { target: 'awaitingRetake', actions: 'replyReadFailure' },
                ],
                onError: [
                  { guard: 'hasTicketDraft', target: 'review', actions: 'replyReadFailure' },
                  { target: 'awaitingRetake', actions: 'replyReadFailure' },
                ],
              },
            },
            inLine: {
              description: 'The offline readers are busy: the driver was told the ticket is in line; TIMER.READ_IN_LINE reads the held photo.',
              on: {
                'TIMER.READ_IN_LINE': { target: 'readingInLine' },
                'USER.MEDIA': mediaSent('reading', 'media.notAnImage'),
                'USER.TEXT': [
                  { guard: 'describedTicket', target: 'reading' },
                  { actions: { type: 'reply', params: { key: 'capacity.stillInLine' } } },
                ],
              },
            },
            readingInLine: {
              description: 'Reading the held photo, waiting for a reader if need be; still no room: back in line, silently.',
              invoke: {
                src: 'readTicket',
                input: ({ context }) => ({
                  caseId: context.caseId,
                  includeCaseMedia: false,
                  media: context.pendingMedia,
                  text: null,
                  market: context.market,
                  language: context.language,
                  inLine: true,
                }),
                onDone: [
                  { guard: 'readingInLine', target: 'inLine', actions: 'keepInLine' },
                  { guard: 'readTicket', target: 'review', actions: 'acceptTicketOutcome' },
                  { guard: 'readNeedsJurisdiction', target: 'choosingJurisdiction', actions: 'acceptTicketOutcome' },
                  { guard: 'hasTicketDraft', target: 'review', actions: 'replyReadFailure' },
                  { target: 'awaitingRetake', actions: 'replyReadFailure' },
                ],
                onError: [
                  { guard: 'hasTicketDraft', target: 'review', actions: 'replyReadFailure' },
                  { target: 'awaitingRetake', actions: 'replyReadFailure' },
                ],
              },
            },
            rereading: {
              description: 'A case opened by machine version 1, before tickets were read: the next message reads the photos already on the case.',
              on: {
                'USER.MEDIA': { target: 'readingCase', actions: 'holdDocuments' },
                'USER.TEXT': { target: 'readingCase' },
              },
            },
            readingCase: {
              description: 'Reading the documents on the case plus any the driver just sent.',
              invoke: {
                src: 'readTicket',
                input: readTicketInput(true),
                onDone: [
                  { guard: 'readTicket', target: 'review', actions: 'acceptTicketOutcome' },
                  { guard: 'readNeedsJurisdiction', target: 'choosingJurisdiction', actions: 'acceptTicketOutcome' },
                  { target: 'awaitingRetake', actions: 'replyReadFailure' },
                ],
                onError: { target: 'awaitingRetake', actions: 'replyReadFailure' },
              },
            },
            awaitingRetake: {
              description: 'Nothing usable read yet (not a ticket, unreadable, another jurisdiction): waiting for another photo or typed details.',
              on: {
                'USER.MEDIA': mediaSent('reading', 'media.notAnImage'),
                'USER.TEXT': [
                  { guard: 'describedTicket', target: 'reading' },
                  { actions: { type: 'reply', params: { key: 'ticket.askAgain' } } },
                ],
              },
            },
            review: {
              description: 'Routes to what the driver must do next with the ticket shown: fill in what is missing, or confirm.',
              always: [{ guard: 'missesEssentials', target: 'completing' }, { target: 'confirming' }],
            },
            completing: {
              description: 'The offence or the date could not be read: the summary asked the driver to type them.',
              on: {
                'USER.TEXT': { target: 'revising' },
                'USER.MEDIA': mediaSent('reading', 'media.notAnImage'),
              },
            },
            choosingJurisdiction: {
              description: 'The ticket could be from Quebec, Ontario or New York: the driver says which.',
              on: {
                'USER.TEXT': { target: 'revising' },
                'USER.MEDIA': mediaSent('reading', 'intake.askJurisdiction'),
              },
            },
            confirming: {
              description: '"Is this right?": yes moves on to analysis; anything else is a correction in plain words, and the summary is shown again.',
              on: {
                'USER.TEXT': [
                  { guard: 'saidYes', target: '#conversation.active.analysis', actions: 'confirmTicket' },
                  { guard: 'saidNo', actions: { type: 'reply', params: { key: 'intake.whatToChange' } } },
                  { target: 'revising' },
                ],
                'USER.MEDIA': mediaSent('reading', 'media.notAnImage'),
              },
            },
            revising: {
              description: 'Applying what the driver typed (a correction, a missing field, the jurisdiction) to the draft.',
              invoke: {
                src: 'reviseTicket',
                input: ({ context, event }) => ({
                  draft: context.ticketDraft!,
                  text: textOf(event) ?? '',
                  market: context.market,
                  language: context.language,
                }),
                onDone: [
                  { guard: 'readTicket', target: 'review', actions: 'acceptTicketOutcome' },
                  { guard: 'readNeedsJurisdiction', target: 'choosingJurisdiction', actions: 'acceptTicketOutcome' },
                  { target: 'review', actions: 'replyReadFailure' },
                ],
                onError: { target: 'review', actions: 'replyReadFailure' },
              },
            },
          },
        },
        analysis: {
          description: 'Ticket confirmed: the contest analysis, then (next) the quote.',
          entry: { type: 'reply', params: { key: 'intake.confirmed' } },
          initial: 'analysing',
          states: {
            analysing: {
              description: 'Retrieval over the corpus, then the model or the offline rules; the turn waits for the answer.',
              invoke: {
                src: 'analyseCase',
                input: ({ context }) => ({
                  caseId: context.caseId!,
                  ticket: context.ticket!,
                  deadline: context.deadline,
                  missingFields: context.missingFields,
                  language: context.language,
                }),
                onDone: [
                  { guard: 'analysisQuotable', target: '#conversation.active.payment', actions: 'acceptAnalysis' },
                  { target: 'awaitingLawyer', actions: 'acceptAnalysis' },
                ],
                onError: { target: 'awaitingLawyer', actions: 'acceptAnalysis' },
              },
            },
            assessed: {
              description: 'Assessed by version 3, before quotes existed: the price comes with the next message.',
              on: { 'USER.TEXT': { target: '#conversation.active.payment' } },
            },
            awaitingLawyer: {
              description: 'No score (nothing relevant in the corpus, a jurisdiction it lacks, or a failure): a lawyer looks first.',
              always: { guard: 'hadSecondTicket', target: 'secondTicket' },
            },
            secondTicket: {
              description: 'The photo showed more than one ticket: the driver may send the next one alone.',
              entry: { type: 'reply', params: { key: 'intake.secondTicket' } },
            },
            pendingAnalysis: {
              description: 'Confirmed by an older version, before analyses existed: analysed on the next message.',
              on: { 'USER.TEXT': { target: 'analysing' } },
            },
          },
          on: {
            'USER.MEDIA': mediaSent('intake', 'analysis.pending', ['forgetTicket', 'holdDocuments']),
            'USER.TEXT': { actions: { type: 'reply', params: { key: 'analysis.pending' } } },
          },
        },
        payment: {
          description: 'The price of defending the ticket (fee, each tax, total) and the ways to pay: card link, Interac e-Transfer in Canada.',
          initial: 'quoting',
          states: {
            quoting: {
              description: 'Pricing the ticket from the grid, with the taxes of the client\'s province or state.',
              invoke: {
                src: 'quoteCase',
                input: ({ context }) => ({ caseId: context.caseId!, ticket: context.ticket!, deadline: context.deadline, language: context.language }),
                onDone: { target: 'awaitingPayment', actions: 'acceptQuote' },
                onError: { target: 'unquoted', actions: { type: 'reply', params: { key: 'quote.unavailable' } } },
              },
            },
            unquoted: {
              description: 'The price could not be computed: the next message tries again (a person of the firm is told by the logs).',
              on: { 'USER.TEXT': { target: 'quoting' } },
            },
            awaitingPayment: {
              description: 'Price sent: waiting for the payment. One reminder after a day; the quote lapses after the configured days.',
              exit: [
                { type: 'cancelTimer', params: { event: 'TIMER.PAYMENT_REMINDER' } },
                { type: 'cancelTimer', params: { event: 'TIMER.QUOTE_EXPIRED' } },
              ],
              on: {
                'TIMER.PAYMENT_REMINDER': { guard: 'notOptedOut', actions: 'remindOfQuote' },
                'TIMER.QUOTE_EXPIRED': { target: 'quoteExpired', actions: 'expireCurrentQuote' },
                'PAYMENT.FAILED': { guard: 'aboutCurrentQuote', actions: 'replyPaymentFailed' },
                'PAYMENT.PROCESSING': { guard: 'aboutCurrentQuote', actions: { type: 'reply', params: { key: 'payment.processing' } } },
                'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { actions: 'repeatQuote' }],
              },
            },
            quoteExpired: {
              description: 'The quote lapsed unpaid: any message brings a new one at today\'s price.',
              on: { 'USER.TEXT': { target: 'quoting' } },
            },
            paid: {
              description: 'Paid under version 4, before mandates existed: the next message brings the mandate to sign.',
              on: {
                'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { target: '#conversation.active.mandate' }],
              },
            },
          },
          on: {
            // Another ticket: a new case starts; this quote stays payable through its link.
            'USER.MEDIA': mediaSent('#conversation.active.intake', 'quote.sendText', ['forgetTicket', 'holdDocuments']),
          },
        },
        mandate: {
          description: 'Paid: the mandate (procuration) that lets the firm represent the driver, signed on a page opened from the chat with a one-time code.',
          initial: 'preparing',
          states: {
            preparing: {
              description: 'Filling in the jurisdiction\'s template, rendering the PDF, storing it and making a signing link.',
              invoke: {
                src: 'prepareMandate',
                input: ({ context }) => ({ caseId: context.caseId!, language: context.language }),
                onDone: { target: 'awaitingSignature', actions: 'acceptMandate' },
                onError: { target: 'unprepared', actions: { type: 'reply', params: { key: 'mandate.unavailable' } } },
              },
            },
            unprepared: {
              description: 'The mandate could not be prepared: the next message tries again (the logs tell a person of the firm).',
              on: { 'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { target: 'preparing' }] },
            },
            awaitingSignature: {
              description: 'Link sent: waiting for the signature on the page. One reminder after a day; the link lapses after the configured days.',
              exit: [
                { type: 'cancelTimer', params: { event: 'TIMER.MANDATE_REMINDER' } },
                { type: 'cancelTimer', params: { event: 'TIMER.MANDATE_EXPIRED' } },
              ],
              on: {
                'TIMER.MANDATE_REMINDER': { guard: 'notOptedOut', actions: 'remindOfMandate' },
                'TIMER.MANDATE_EXPIRED': { target: 'needsNewLink', actions: { type: 'reply', params: { key: 'mandate.expired' } } },
                'MANDATE.LOCKED': { guard: 'locksCurrentMandate', target: 'needsNewLink', actions: { type: 'reply', params: { key: 'mandate.locked' } } },
                'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { actions: 'repeatMandate' }],
              },
            },
            needsNewLink: {
              description: 'The link lapsed or locked after five wrong codes: the next message brings a new link (the old one stops working).',
              on: { 'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { target: 'preparing' }] },
            },
          },
          on: {
            'USER.MEDIA': mediaSent('#conversation.active.intake', 'quote.sendText', ['forgetTicket', 'holdDocuments']),
          },
        },
        lawyerReview: {
          description: 'Paid and signed: a lawyer of the firm reviews the analysis and the draft in Slack before anything is filed.',
          initial: 'awaitingLawyer',
          states: {
            awaitingLawyer: {
              description: 'The case card is in the market\'s Slack channel: approve, edit, reject or ask the client.',
              on: {
                'USER.TEXT': [{ guard: 'sentEmailAddress', actions: 'recordEmailAddress' }, { actions: { type: 'reply', params: { key: 'mandate.inReview' } } }],
              },
            },
            unposted: {
              description: 'Signed under version 5, before reviews were posted: the next message puts the case before a lawyer.',
              on: {
                'USER.TEXT': {
                  target: 'awaitingLawyer',
                  actions: [base.enqueueActions(({ context, enqueue }) => {
                    if (context.caseId) enqueue({ type: 'requestLawyerReview', params: { caseId: context.caseId } });
                  }), { type: 'reply', params: { key: 'mandate.inReview' } }],
                },
              },
            },
            answeringQuestion: {
              description: 'A lawyer asked the driver something: the next text goes back to the lawyer\'s Slack thread.',
              on: { 'USER.TEXT': { target: 'awaitingLawyer', actions: 'relayAnswer' } },
            },
            approved: {
              description: 'Approved: the final document was sent; the hearing date and the outcome come from the lawyer.',
              on: { 'USER.TEXT': { actions: { type: 'reply', params: { key: 'review.approvedPending' } } } },
            },
            closed: {
              description: 'Rejected, or decided by the court: the case is closed. Another ticket starts a new case.',
              on: { 'USER.TEXT': { actions: { type: 'reply', params: { key: 'review.closed' } } } },
            },
          },
          on: {
            'USER.MEDIA': mediaSent('#conversation.active.intake', 'quote.sendText', ['forgetTicket', 'holdDocuments']),
          },
        },
        resume: { type: 'history', history: 'deep' },
      },
    },
    handoff: {
      description: 'A person of the firm has the conversation: the assistant says nothing until staff release it.',
      entry: ['requestHandoff', { type: 'reply', params: { key: 'handoff.started' } }],
      exit: 'endHandoff',
      on: {
        'STAFF.RELEASE': { target: 'active.resume', actions: { type: 'reply', params: { key: 'handoff.released' } } },
        // A payment or a signature is confirmed even while a person has the conversation.
        'PAYMENT.RECEIVED': { actions: 'acceptPayment' },
        'MANDATE.SIGNED': { actions: 'acceptSignature' },
        'LAWYER.APPROVED': { actions: 'tellCaseNews' },
        'LAWYER.QUESTION': { actions: 'tellCaseNews' },
        'LAWYER.REJECTED': { actions: 'tellCaseNews' },
        'CASE.HEARING_SET': { actions: 'tellCaseNews' },
        'CASE.OUTCOME': { actions: 'tellCaseNews' },
        'CASE.REMINDER': { guard: 'notOptedOut', actions: 'tellCaseNews' },
        'USER.COMMAND': [
          { guard: 'isDelete', target: 'confirmingErasure' },
          { guard: 'isStop', actions: 'optOut' },
          { guard: 'isStart', actions: 'optIn' },
        ],
      },
    },
    confirmingErasure: {
      description: 'DELETE MY DATA asked: erase only on an explicit yes.',
      entry: { type: 'reply', params: { key: 'erasure.confirm' } },
      on: {
        'USER.TEXT': [
          {
            guard: 'saidYes',
            target: 'active.greeting',
            actions: [
              'eraseClientData',
              assign({ consent: null, caseId: null }),
              { type: 'reply', params: { key: 'erasure.done' } },
            ],
          },
          { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
        ],
        'USER.MEDIA': { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
        'USER.COMMAND': { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
      },
    },
  },
});
