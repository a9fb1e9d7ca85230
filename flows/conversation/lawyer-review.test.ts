import { describe, expect, it } from 'vitest';
import { QC_QUOTE_OFFER } from '../../billing/quote/test-support/quote-offers.js';
import { QC_PREPARED_MANDATE } from '../../signing/test-support/prepared-mandates.js';
import type { ConversationEvent } from './conversation-events.js';
import { confirmTicket, type startConversation } from './test-support/start-conversation.js';

type Conversation = ReturnType<typeof startConversation>;

/** A driver who confirmed, paid and signed: the case is before a lawyer. */
async function inReview(prepare?: (c: Conversation) => void) {
  const c = await confirmTicket(prepare);
  const caseId = c.actor.getSnapshot().context.caseId!;
  c.send({ type: 'PAYMENT.RECEIVED', caseId, quoteId: QC_QUOTE_OFFER.quoteId, method: 'card', amountCents: 22880, currency: 'CAD', invoiceNumber: '2026-000001', invoiceUrl: 'https://t.example/invoices/x', caseNumber: 'T911-000001' });
  await c.settle();
  c.send({ type: 'MANDATE.SIGNED', caseId, signatureRequestId: QC_PREPARED_MANDATE.offer.signatureRequestId, signedPdfUrl: 'https://t.example/signed/y' });
  c.take();
  return { c, caseId };
}

const stateOf = (c: Conversation) => c.actor.getSnapshot().value;
/** What the chat does; the email copies are checked on their own below. */
const asPairs = (c: Conversation) => c.take().filter((e) => e.type !== 'emailNotice').map((e) => [e.type, e.params]);

describe('lawyer review', () => {
  it('asks for a review once signed and waits for the lawyer, answering the driver meanwhile', async () => {
    const { c } = await inReview();
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'awaitingLawyer' } });
    c.say('des nouvelles?');
    expect(c.replies()).toEqual(['mandate.inReview']);
  });

  it('tells the driver the approval with the final document and moves on', async () => {
    const { c, caseId } = await inReview();
    c.send({ type: 'LAWYER.APPROVED', caseId, caseNumber: 'T911-000001', documentUrl: 'https://t.example/documents/z' });
    expect(asPairs(c)).toEqual([['reply', { key: 'review.approved', vars: { caseNumber: 'T911-000001', url: 'https://t.example/documents/z' } }]]);
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'approved' } });
    c.say('merci');
    expect(c.replies()).toEqual(['review.approvedPending']);
  });

  it('relays a question, sends the next text back to the lawyer once, then waits again', async () => {
    const { c, caseId } = await inReview();
    c.send({ type: 'LAWYER.QUESTION', caseId, caseNumber: 'T911-000001', question: 'Le panneau était-il visible?' });
    expect(asPairs(c)).toEqual([['reply', { key: 'review.question', vars: { caseNumber: 'T911-000001', question: 'Le panneau était-il visible?' } }]]);
    c.say('Non, caché par un arbre');
    expect(asPairs(c)).toEqual([
      ['relayAnswerToLawyer', { caseId, text: 'Non, caché par un arbre' }],
      ['reply', { key: 'review.answerSent' }],
    ]);
    c.say('autre chose');
    expect(c.replies()).toEqual(['mandate.inReview']);
  });

  it('on rejection says why and the refund in the driver currency, and closes the case', async () => {
    const { c, caseId } = await inReview();
    c.send({ type: 'LAWYER.REJECTED', caseId, caseNumber: 'T911-000001', reason: 'Délai de contestation expiré', refund: { amountCents: 22880, currency: 'CAD' } });
    expect(asPairs(c)).toEqual([
      ['reply', { key: 'review.rejected', vars: { caseNumber: 'T911-000001', reason: 'Délai de contestation expiré' } }],
      ['reply', { key: 'review.refund', vars: { amount: '228,80\u00a0$' } }],
    ]);
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'closed' } });
    c.say('ok');
    expect(c.replies()).toEqual(['review.closed']);
  });

  it('tells the hearing date in the driver language, and the outcome closes the case', async () => {
    const { c, caseId } = await inReview();
    c.send({ type: 'LAWYER.APPROVED', caseId, caseNumber: 'T911-000001', documentUrl: 'https://t.example/documents/z' });
    c.take();
    c.send({ type: 'CASE.HEARING_SET', caseId, caseNumber: 'T911-000001', date: '2027-02-03', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' });
    expect(asPairs(c)).toEqual([
      ['reply', { key: 'hearing.set', vars: { caseNumber: 'T911-000001', date: '3 février 2027', time: '09:30', court: 'Cour municipale de Montréal', room: ', salle 3.10' } }],
    ]);
    c.send({ type: 'CASE.OUTCOME', caseId, caseNumber: 'T911-000001', outcome: 'reduced', points: 2, fineCents: 12550, currency: 'CAD' });
    expect(asPairs(c)).toEqual([['reply', { key: 'outcome.reduced', vars: { caseNumber: 'T911-000001', details: expect.stringMatching(/^2 points.*125,50\u00a0\$$/) } }]]);
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'closed' } });
  });

  it('news about an earlier case is told without leaving the current step; an edit tells nothing', async () => {
    const { c, caseId } = await inReview();
    const other: ConversationEvent = { type: 'LAWYER.APPROVED', caseId: 'an-older-case', caseNumber: 'T911-000009', documentUrl: 'https://t.example/documents/o' };
    c.send(other);
    expect(c.replies()).toEqual(['review.approved']);
    expect(stateOf(c)).toEqual({ active: { lawyerReview: 'awaitingLawyer' } });
    c.take();
    c.send({ type: 'LAWYER.EDITED', caseId, version: 2 });
    expect(c.take()).toEqual([]);
  });

  it('while a person has the conversation, the lawyer news still reaches the driver', async () => {
    const { c, caseId } = await inReview();
    c.say('AGENT');
    c.take();
    c.send({ type: 'CASE.OUTCOME', caseId, caseNumber: 'T911-000001', outcome: 'acquitted', points: null, fineCents: null, currency: 'CAD' });
    expect(asPairs(c)).toEqual([['reply', { key: 'outcome.acquitted', vars: { caseNumber: 'T911-000001' } }]]);
    expect(stateOf(c)).toBe('handoff');
  });

  it('copies the lawyer news and the outcome by email (the runtime sends it when the client gave an address), not a question', async () => {
    const { c, caseId } = await inReview();
    c.send({ type: 'LAWYER.QUESTION', caseId, caseNumber: 'T911-000001', question: 'Quand?' });
    expect(c.take().map((e) => e.type)).toEqual(['reply']);
    c.say('Hier');
    c.take();
    c.send({ type: 'LAWYER.APPROVED', caseId, caseNumber: 'T911-000001', documentUrl: 'https://t.example/documents/z' });
    expect(c.take().map((e) => [e.type, (e.params as { key?: string }).key])).toEqual([
      ['reply', 'review.approved'],
      ['emailNotice', 'review.approved'],
    ]);
  });
});
