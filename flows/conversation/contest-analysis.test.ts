import { describe, expect, it } from 'vitest';
import { NEEDS_LAWYER_OUTCOME, SCORED_OUTCOME } from '../../knowledge/analysis/test-support/analysis-outcomes.js';
import { QC_SPEEDING_OUTCOME } from '../../tickets/test-support/ticket-outcomes.js';
import { confirmTicket, photo, type startConversation } from './test-support/start-conversation.js';

const confirmedTicket = (prepare?: (c: ReturnType<typeof startConversation>) => void) => confirmTicket(prepare, { onlyAfterConfirmation: true });

const stateOf = (c: ReturnType<typeof startConversation>) => c.actor.getSnapshot().value;

describe('contest analysis', () => {
  it('analyses the confirmed ticket in the driver language, records the outcome and tells the driver', async () => {
    const c = await confirmedTicket();
    const caseId = c.actor.getSnapshot().context.caseId;
    expect(c.analysisInputs).toEqual([
      { caseId, ticket: QC_SPEEDING_OUTCOME.ticket, deadline: QC_SPEEDING_OUTCOME.deadline, missingFields: [], language: 'fr' },
    ]);
    expect(c.effects.map((e) => e.type).slice(0, 4)).toEqual(['recordTicket', 'reply', 'recordAnalysis', 'replyAnalysis']);
    expect(c.effects[2]).toEqual({ type: 'recordAnalysis', params: { caseId, outcome: SCORED_OUTCOME }, language: 'fr' });
    expect(c.effects[3]).toEqual({ type: 'replyAnalysis', params: { outcome: SCORED_OUTCOME }, language: 'fr' });
    // The price follows the analysis (flows/conversation/quote-and-payment.test.ts).
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
    // The analysis is stored with the case (recordAnalysis); the snapshot keeps no copy of it.
    expect(Object.keys(c.actor.getSnapshot().context)).not.toContain('analysis');
  });

  it('scores nothing when retrieval found nothing relevant, and still quotes: a lawyer can take the case', async () => {
    const c = await confirmedTicket((c) => c.analyses.splice(0, 1, NEEDS_LAWYER_OUTCOME));
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
    expect(c.effects.find((e) => e.type === 'replyAnalysis')?.params).toEqual({ outcome: NEEDS_LAWYER_OUTCOME });
  });

  it('refuses a jurisdiction the corpus does not cover, clearly, without a score', async () => {
    const refused = { status: 'refused' as const, reason: 'jurisdiction_not_covered' as const, jurisdiction: 'QC' as const };
    const c = await confirmedTicket((c) => c.analyses.splice(0, 1, refused));
    expect(stateOf(c)).toEqual({ active: { analysis: 'awaitingLawyer' } });
    expect(c.effects.find((e) => e.type === 'replyAnalysis')?.params).toEqual({ outcome: refused });
  });

  it('answers the driver and records a failure when the analysis itself fails', async () => {
    const c = await confirmedTicket((c) => c.analyses.splice(0, 1, new Error('database unavailable')));
    expect(stateOf(c)).toEqual({ active: { analysis: 'awaitingLawyer' } });
    const caseId = c.actor.getSnapshot().context.caseId;
    expect(c.effects.filter((e) => e.type.endsWith('Analysis')).map((e) => e.params)).toEqual([
      { caseId, outcome: { status: 'failed' } },
      { outcome: { status: 'failed' } },
    ]);
  });

  it('answers a message after the analysis with the price again, and starts over on a new ticket photo', async () => {
    const c = await confirmedTicket();
    const analysedCase = c.actor.getSnapshot().context.caseId;
    c.take();
    c.say('et maintenant?');
    expect(c.effects.map((e) => e.type)).toEqual(['replyQuote']);
    c.take();
    c.send(photo);
    await c.settle();
    expect(c.effects.some((e) => e.type === 'openCase')).toBe(true);
    expect(c.actor.getSnapshot().context.caseId).not.toBe(analysedCase);
  });
});
