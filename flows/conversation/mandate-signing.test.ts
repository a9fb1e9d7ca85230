import { describe, expect, it } from 'vitest';
import { QC_QUOTE_OFFER } from '../../billing/quote/test-support/quote-offers.js';
import { QC_PREPARED_MANDATE } from '../../signing/test-support/prepared-mandates.js';
import type { SignatureNotice } from '../../signing/mandate-offer.js';
import { confirmTicket, type startConversation } from './test-support/start-conversation.js';

type Conversation = ReturnType<typeof startConversation>;

/** A driver who confirmed, was quoted and paid: the mandate is being offered. */
async function paid(prepare?: (c: Conversation) => void) {
  const c = await confirmTicket(prepare);
  const { caseId } = c.actor.getSnapshot().context;
  c.send({
    type: 'PAYMENT.RECEIVED',
    caseId: caseId!,
    quoteId: QC_QUOTE_OFFER.quoteId,
    method: 'card',
    amountCents: 22880,
    currency: 'CAD',
    invoiceNumber: '2026-000001',
    invoiceUrl: 'https://ticket911.example/invoices/tok',
    caseNumber: 'T911-000001',
  });
  await c.settle();
  return c;
}

const stateOf = (c: Conversation) => c.actor.getSnapshot().value;
const { offer } = QC_PREPARED_MANDATE;
const signed = (overrides: Partial<SignatureNotice> = {}): SignatureNotice => ({
  caseId: 'case-1',
  signatureRequestId: offer.signatureRequestId,
  signedPdfUrl: 'https://ticket911.example/signed/file-token',
  ...overrides,
});

describe('the mandate, e-signed', () => {
  it('prepares the mandate once paid, records the request, sends the link and sets the reminder and the expiry', async () => {
    const c = await paid();
    const { caseId } = c.actor.getSnapshot().context;
    expect(c.mandateInputs).toEqual([{ caseId, language: 'fr' }]);
    const after = c.effects.slice(c.effects.findIndex((e) => e.type === 'replyPayment') + 1);
    expect(after.map((e) => [e.type, e.params])).toEqual([
      ['recordMandate', { prepared: QC_PREPARED_MANDATE }],
      ['reply', { key: 'mandate.offer', vars: { url: offer.url, days: 7 } }],
      ['scheduleTimer', { event: 'TIMER.MANDATE_REMINDER', delayMs: offer.reminderInMs }],
      ['scheduleTimer', { event: 'TIMER.MANDATE_EXPIRED', delayMs: offer.expiresInMs }],
    ]);
    expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
    expect(c.actor.getSnapshot().context.mandate).toEqual(offer);
  });

  it('reminds once (not a driver who opted out), repeats the link when the driver writes, keeps an email address', async () => {
    const c = await paid();
    c.take();
    c.send({ type: 'TIMER.MANDATE_REMINDER' });
    expect(c.take().map((e) => [e.type, e.params])).toEqual([
      ['reply', { key: 'mandate.reminder', vars: { url: offer.url } }],
      ['emailNotice', { caseId: offer.caseId, key: 'mandate.reminder', vars: { url: offer.url } }],
    ]);
    c.say('je signe où?');
    expect(c.take().map((e) => [e.type, e.params])).toEqual([['reply', { key: 'mandate.pending', vars: { url: offer.url } }]]);
    c.say('zoe@example.com');
    expect(c.take().map((e) => e.type)).toEqual(['recordEmail', 'reply']);

    const optedOut = await paid();
    optedOut.say('STOP');
    optedOut.take();
    optedOut.send({ type: 'TIMER.MANDATE_REMINDER' });
    expect(optedOut.take()).toEqual([]);
  });

  it('says signed with the sealed copy, stops the timers and moves the case to lawyer review', async () => {
    const c = await paid();
    c.take();
    c.send({ type: 'MANDATE.SIGNED', ...signed() });
    expect(c.take().map((e) => [e.type, e.params])).toEqual([
      ['cancelTimer', { event: 'TIMER.MANDATE_REMINDER' }],
      ['cancelTimer', { event: 'TIMER.MANDATE_EXPIRED' }],
      ['replySignature', { notice: signed() }],
      ['requestLawyerReview', { caseId: c.actor.getSnapshot().context.caseId }],
    ]);
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'awaitingLawyer' } });
    c.say('et maintenant?');
    expect(c.replies()).toEqual(['mandate.inReview']);
  });

  it('confirms a signature of an earlier case without leaving the current step', async () => {
    const c = await paid();
    c.take();
    c.send({ type: 'MANDATE.SIGNED', ...signed({ signatureRequestId: 'an-older-request' }) });
    expect(c.take().map((e) => e.type)).toEqual(['replySignature']);
    expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
  });

  it('after a lapsed or locked link, the next message brings a new link', async () => {
    for (const event of [{ type: 'TIMER.MANDATE_EXPIRED' as const }, { type: 'MANDATE.LOCKED' as const, caseId: 'case-1', signatureRequestId: offer.signatureRequestId }]) {
      const c = await paid();
      c.take();
      c.send(event);
      expect(c.replies()).toEqual([event.type === 'TIMER.MANDATE_EXPIRED' ? 'mandate.expired' : 'mandate.locked']);
      expect(stateOf(c)).toEqual({ active: { mandate: 'needsNewLink' } });
      c.say('un nouveau lien svp');
      await c.settle();
      expect(c.mandateInputs).toHaveLength(2);
      expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
    }
  });

  it('ignores a lock of a link that is no longer the current one', async () => {
    const c = await paid();
    c.take();
    c.send({ type: 'MANDATE.LOCKED', caseId: 'case-1', signatureRequestId: 'an-older-request' });
    expect(c.take()).toEqual([]);
    expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
  });

  it('when the mandate cannot be prepared, says so and tries again on the next message', async () => {
    const c = await paid((conversation) => conversation.mandates.splice(0, 1, new Error('templates broken'), QC_PREPARED_MANDATE));
    expect(c.replies()).toContain('mandate.unavailable');
    expect(stateOf(c)).toEqual({ active: { mandate: 'unprepared' } });
    c.say('alors?');
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { mandate: 'awaitingSignature' } });
  });
});
