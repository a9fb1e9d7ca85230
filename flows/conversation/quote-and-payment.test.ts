import { describe, expect, it } from 'vitest';
import { QC_QUOTE_OFFER } from '../../billing/quote/test-support/quote-offers.js';
import { NEEDS_LAWYER_OUTCOME } from '../../knowledge/analysis/test-support/analysis-outcomes.js';
import { QC_SPEEDING_OUTCOME } from '../../tickets/test-support/ticket-outcomes.js';
import type { PaymentNotice } from '../../billing/quote/quote-offer.js';
import { confirmTicket, photo, startConversation } from './test-support/start-conversation.js';

type Conversation = ReturnType<typeof startConversation>;

/** A driver who confirmed the ticket: analysed and quoted. */
const quoted = confirmTicket;

const stateOf = (c: Conversation) => c.actor.getSnapshot().value;
const notice = (overrides: Partial<PaymentNotice> = {}): PaymentNotice => ({
  caseId: 'case-1',
  quoteId: QC_QUOTE_OFFER.quoteId,
  method: 'card',
  amountCents: 22880,
  currency: 'CAD',
  invoiceNumber: '2026-000001',
  invoiceUrl: 'https://ticket911.example/invoices/tok',
  caseNumber: 'T911-000001',
  ...overrides,
});

describe('quote and payment', () => {
  it('prices the confirmed ticket right after the analysis, records the quote, says it, and sets the reminder and the expiry', async () => {
    const c = await quoted();
    const { caseId } = c.actor.getSnapshot().context;
    expect(c.quoteInputs).toEqual([{ caseId, ticket: QC_SPEEDING_OUTCOME.ticket, deadline: QC_SPEEDING_OUTCOME.deadline, language: 'fr' }]);
    const after = c.effects.slice(c.effects.findIndex((e) => e.type === 'replyAnalysis') + 1);
    expect(after.map((e) => [e.type, e.params])).toEqual([
      ['recordQuote', { caseId, offer: QC_QUOTE_OFFER }],
      ['replyQuote', { variant: 'offer', offer: QC_QUOTE_OFFER }],
      ['scheduleTimer', { event: 'TIMER.PAYMENT_REMINDER', delayMs: QC_QUOTE_OFFER.reminderInMs }],
      ['scheduleTimer', { event: 'TIMER.QUOTE_EXPIRED', delayMs: QC_QUOTE_OFFER.expiresInMs }],
    ]);
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
    expect(c.actor.getSnapshot().context.quote).toEqual(QC_QUOTE_OFFER);
  });

  it('quotes a case with no score too (a lawyer can still take it), but not an analysis that failed', async () => {
    const noScore = await quoted((c) => c.analyses.splice(0, 1, NEEDS_LAWYER_OUTCOME));
    expect(stateOf(noScore)).toEqual({ active: { payment: 'awaitingPayment' } });
    const failed = await quoted((c) => c.analyses.splice(0, 1, new Error('down')));
    expect(stateOf(failed)).toEqual({ active: { analysis: 'awaitingLawyer' } });
    expect(failed.quoteInputs).toEqual([]);
  });

  it('sends one reminder (not to a driver who opted out), then lets the quote lapse and re-quotes on the next message', async () => {
    const c = await quoted();
    c.take();
    c.send({ type: 'TIMER.PAYMENT_REMINDER' });
    expect(c.take().map((e) => [e.type, (e.params as { variant?: string }).variant])).toEqual([['replyQuote', 'reminder']]);
    c.send({ type: 'TIMER.QUOTE_EXPIRED' });
    expect(c.take().map((e) => [e.type, e.params])).toEqual([
      ['cancelTimer', { event: 'TIMER.PAYMENT_REMINDER' }],
      ['cancelTimer', { event: 'TIMER.QUOTE_EXPIRED' }],
      ['expireQuote', { quoteId: QC_QUOTE_OFFER.quoteId }],
      ['reply', { key: 'quote.expired' }],
    ]);
    expect(stateOf(c)).toEqual({ active: { payment: 'quoteExpired' } });
    c.say('je veux payer');
    await c.settle();
    expect(c.quoteInputs).toHaveLength(2);
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });

    const optedOut = await quoted();
    optedOut.say('STOP');
    optedOut.take();
    optedOut.send({ type: 'TIMER.PAYMENT_REMINDER' });
    expect(optedOut.take()).toEqual([]);
  });

  it('confirms the payment of the current quote with its invoice, stops the reminders and goes on to the mandate', async () => {
    const c = await quoted();
    c.take();
    c.send({ type: 'PAYMENT.RECEIVED', ...notice() });
    await c.settle();
    expect(c.take().map((e) => e.type).slice(0, 3)).toEqual(['cancelTimer', 'cancelTimer', 'replyPayment']);
    expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
  });

  it('confirms a payment for an earlier case without leaving the current step, and during a handoff', async () => {
    const c = await quoted();
    c.take();
    c.send({ type: 'PAYMENT.RECEIVED', ...notice({ quoteId: 'another-quote' }) });
    expect(c.take().map((e) => e.type)).toEqual(['replyPayment']);
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
    c.say('AGENT');
    c.take();
    c.send({ type: 'PAYMENT.RECEIVED', ...notice() });
    expect(c.take().map((e) => e.type)).toEqual(['replyPayment']);
    expect(stateOf(c)).toBe('handoff');
  });

  it('says when a bank payment failed or is still clearing, only for the current quote', async () => {
    const c = await quoted();
    c.take();
    c.send({ type: 'PAYMENT.FAILED', caseId: 'case-1', quoteId: QC_QUOTE_OFFER.quoteId });
    expect(c.take().map((e) => [e.type, (e.params as { variant?: string }).variant])).toEqual([['replyQuote', 'failed']]);
    c.send({ type: 'PAYMENT.PROCESSING', caseId: 'case-1', quoteId: QC_QUOTE_OFFER.quoteId });
    expect(c.replies()).toEqual(['payment.processing']);
    c.take();
    c.send({ type: 'PAYMENT.FAILED', caseId: 'case-0', quoteId: 'old-quote' });
    expect(c.take()).toEqual([]);
  });

  it('keeps an email address the driver types for the receipt, and repeats the price for anything else', async () => {
    const c = await quoted();
    c.take();
    c.say('  Marie.Tremblay@Example.ca ');
    expect(c.take().map((e) => [e.type, e.params])).toEqual([
      ['recordEmail', { email: 'marie.tremblay@example.ca' }],
      ['reply', { key: 'quote.emailNoted' }],
    ]);
    c.say('mon courriel est marie@example.ca merci');
    expect(c.take().map((e) => e.type)).toEqual(['replyQuote']);
  });

  it('says it cannot price the ticket when pricing fails, and tries again on the next message', async () => {
    const c = await quoted((c) => c.quotes.splice(0, 1, new Error('grid unreadable'), QC_QUOTE_OFFER));
    expect(stateOf(c)).toEqual({ active: { payment: 'unquoted' } });
    expect(c.replies()).toContain('quote.unavailable');
    c.say('alors?');
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
  });

  it('starts a new case on another ticket photo; the quote of the first is forgotten by the conversation', async () => {
    const c = await quoted();
    const first = c.actor.getSnapshot().context.caseId;
    c.send(photo);
    await c.settle();
    expect(c.actor.getSnapshot().context.caseId).not.toBe(first);
    expect(c.actor.getSnapshot().context.quote).toBeNull();
  });
});
