import { createActor, fromPromise, waitFor } from 'xstate';
import type { IntakeOutcome, RevisionOutcome } from '../../../tickets/ticket-intake-outcome.js';
import type { ConversationEvent } from '../conversation-events.js';
import { conversationMachine, type ConversationInput } from '../conversation-machine.js';
import { interpretInbound } from '../interpret-inbound.js';
import { QC_SPEEDING_OUTCOME } from '../../../tickets/test-support/ticket-outcomes.js';
import type { ContestAnalysisOutcome } from '../../../knowledge/analysis/contest-analysis-outcome.js';
import { SCORED_OUTCOME } from '../../../knowledge/analysis/test-support/analysis-outcomes.js';
import type { QuoteOffer } from '../../../billing/quote/quote-offer.js';
import { QC_QUOTE_OFFER } from '../../../billing/quote/test-support/quote-offers.js';
import type { PreparedMandate } from '../../../signing/mandate-offer.js';
import { QC_PREPARED_MANDATE } from '../../../signing/test-support/prepared-mandates.js';

type Effect = { type: string; params?: unknown; language?: string };

export function startConversation(input: Partial<ConversationInput> = {}) {
  const effects: Effect[] = [];
  const record = (type: string) => ({ context, }: { context: { language: string } }, params?: unknown) => {
    effects.push({ type, params, language: context.language });
  };
  const names = ['reply', 'replyTicketSummary', 'recordTicket', 'recordConsent', 'forgetConversation', 'openCase', 'attachToCase', 'setLanguage', 'requestHandoff', 'endHandoff', 'eraseClientData', 'setOptOut', 'scheduleTimer', 'cancelTimer', 'recordAnalysis', 'replyAnalysis', 'recordQuote', 'replyQuote', 'replyPayment', 'expireQuote', 'recordEmail', 'recordMandate', 'replySignature', 'requestLawyerReview', 'relayAnswerToLawyer', 'replyReminders', 'emailNotice'] as const;
  // What the reading actors answer next, in order; the last one repeats.
  const outcomes: (IntakeOutcome | RevisionOutcome | Error)[] = [QC_SPEEDING_OUTCOME];
  const inputs: unknown[] = [];
  const answer = async ({ input }: { input: unknown }) => {
    inputs.push(input);
    const next = outcomes.length > 1 ? outcomes.shift()! : outcomes[0];
    if (next instanceof Error) throw next;
    return next;
  };
  // What the analysis answers next, in order; the last one repeats.
  const analyses: (ContestAnalysisOutcome | Error)[] = [SCORED_OUTCOME];
  const analysisInputs: unknown[] = [];
  const analyse = async ({ input }: { input: unknown }) => {
    analysisInputs.push(input);
    const next = analyses.length > 1 ? analyses.shift()! : analyses[0];
    if (next instanceof Error) throw next;
    return next;
  };
  // What pricing answers next, in order; the last one repeats.
  const quotes: (QuoteOffer | Error)[] = [QC_QUOTE_OFFER];
  const quoteInputs: unknown[] = [];
  const quote = async ({ input }: { input: unknown }) => {
    quoteInputs.push(input);
    const next = quotes.length > 1 ? quotes.shift()! : quotes[0];
    if (next instanceof Error) throw next;
    return next;
  };
  // What the mandate preparation answers next, in order; the last one repeats.
  const mandates: (PreparedMandate | Error)[] = [QC_PREPARED_MANDATE];
  const mandateInputs: unknown[] = [];
  const prepare = async ({ input }: { input: unknown }) => {
    mandateInputs.push(input);
    const next = mandates.length > 1 ? mandates.shift()! : mandates[0];
    if (next instanceof Error) throw next;
    return next;
  };
  const machine = conversationMachine.provide({
    actions: Object.fromEntries(names.map((n) => [n, record(n)])) as never,
    actors: { readTicket: fromPromise(answer) as never, reviseTicket: fromPromise(answer) as never, analyseCase: fromPromise(analyse) as never, quoteCase: fromPromise(quote) as never, prepareMandate: fromPromise(prepare) as never },
  });
  const actor = createActor(machine, { input: { channel: 'sms', market: 'qc', language: 'fr', ...input } }).start();
  const say = (text: string) => actor.send(interpretInbound({ text, media: [] }));
  const send = (event: ConversationEvent) => actor.send(event);
  const replies = () => effects.filter((e) => e.type === 'reply').map((e) => (e.params as { key: string }).key);
  const take = () => effects.splice(0, effects.length);
  /** Waits for the reading actors the last event started. */
  const settle = () => waitFor(actor, (snapshot) => Object.keys(snapshot.children).length === 0);
  return { actor, say, send, effects, replies, take, settle, outcomes, inputs, analyses, analysisInputs, quotes, quoteInputs, mandates, mandateInputs };
}

export const photo: Extract<ConversationEvent, { type: 'USER.MEDIA' }> = { type: 'USER.MEDIA', documents: [{ id: 'm1', contentType: 'image/jpeg', available: true }], others: [], detectedLanguage: null };


/**
 * Consent, a photo of the ticket, "yes" to the summary: the analysis (and the quote) ran.
 * `prepare` scripts the actors first; `onlyAfterConfirmation` keeps only the effects from the "yes" on.
 */
export async function confirmTicket(prepare?: (c: ReturnType<typeof startConversation>) => void, { onlyAfterConfirmation = false } = {}) {
  const c = startConversation();
  prepare?.(c);
  c.say('Bonjour');
  c.say('oui');
  c.send(photo);
  await c.settle();
  if (onlyAfterConfirmation) c.take();
  c.say('oui');
  await c.settle();
  return c;
}
