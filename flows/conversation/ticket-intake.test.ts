import { describe, expect, it } from 'vitest';
import { photo, startConversation } from './test-support/start-conversation.js';
import { QC_SPEEDING_DRAFT, QC_SPEEDING_OUTCOME, withFine } from '../../tickets/test-support/ticket-outcomes.js';

async function withConsent() {
  const c = startConversation();
  c.say('Bonjour');
  c.say('oui');
  c.take();
  return c;
}

const stateOf = (c: Awaited<ReturnType<typeof withConsent>>) => c.actor.getSnapshot().value;

describe('ticket intake', () => {
  it('shows what was read and moves on to analysis on yes, recording the confirmed ticket', async () => {
    const c = await withConsent();
    c.send(photo);
    await c.settle();
    const summary = c.effects.find((e) => e.type === 'replyTicketSummary');
    expect(summary?.params).toEqual({
      draft: QC_SPEEDING_DRAFT,
      ticket: QC_SPEEDING_OUTCOME.ticket,
      deadline: QC_SPEEDING_OUTCOME.deadline,
      missing: [],
      additionalTickets: 0,
    });
    c.take();
    c.say('oui');
    const caseId = c.actor.getSnapshot().context.caseId;
    expect(c.effects.slice(0, 2)).toEqual([
      { type: 'recordTicket', params: { caseId, ticket: QC_SPEEDING_OUTCOME.ticket, deadline: QC_SPEEDING_OUTCOME.deadline, confirmed: true }, language: 'fr' },
      { type: 'reply', params: { key: 'intake.confirmed' }, language: 'fr' },
    ]);
    expect(stateOf(c)).toEqual({ active: { analysis: 'analysing' } });
  });

  it('applies a correction in plain words and shows the summary again', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, QC_SPEEDING_OUTCOME, withFine(25000));
    c.send(photo);
    await c.settle();
    c.take();
    c.say("l'amende est de 250$");
    await c.settle();
    expect(c.inputs.at(-1)).toEqual({ draft: QC_SPEEDING_DRAFT, text: "l'amende est de 250$", market: 'qc', language: 'fr' });
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
    expect(c.effects.map((e) => e.type)).toEqual(['recordTicket', 'replyTicketSummary']);
    expect((c.effects[1].params as { ticket: { fineCents: number } }).ticket.fineCents).toBe(25000);
    // The case exists already: no second case.
    expect(c.effects.some((e) => e.type === 'openCase')).toBe(false);
  });

  it('asks what to change on no, and says so when a correction is not understood', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, QC_SPEEDING_OUTCOME, { kind: 'not_understood' });
    c.send(photo);
    await c.settle();
    c.take();
    c.say('non');
    expect(c.replies()).toEqual(['intake.whatToChange']);
    c.take();
    c.say('bof pas vraiment ça');
    await c.settle();
    expect(c.replies()).toEqual(['intake.correctionNotUnderstood']);
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
  });

  it('asks for the offence and date when they could not be read, then confirms once typed', async () => {
    const c = await withConsent();
    const partial = { ...QC_SPEEDING_OUTCOME, ticket: null, missing: ['offence', 'issuedOn'] as const, draft: { ...QC_SPEEDING_DRAFT, offenceCategory: null, section: null, issuedOn: null } };
    c.outcomes.splice(0, c.outcomes.length, { ...partial, missing: [...partial.missing] }, QC_SPEEDING_OUTCOME);
    c.send(photo);
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { intake: 'completing' } });
    expect(c.effects.map((e) => e.type)).toContain('replyTicketSummary');
    c.take();
    c.outcomes.splice(0, c.outcomes.length, { kind: 'not_understood' }, QC_SPEEDING_OUTCOME);
    c.say('oui'); // not an answer to "type the offence": it goes to the reviser like any text
    await c.settle();
    expect(c.replies()).toEqual(['intake.missingNotUnderstood']);
    expect(stateOf(c)).toEqual({ active: { intake: 'completing' } });
    c.say('excès de vitesse le 4 novembre');
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
  });

  it('asks which jurisdiction when unsure, then reads it from the answer', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, { kind: 'needs_jurisdiction', draft: { ...QC_SPEEDING_DRAFT, jurisdiction: null }, additionalTickets: 0, source: 'ocr' }, QC_SPEEDING_OUTCOME);
    c.send(photo);
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { intake: 'choosingJurisdiction' } });
    expect(c.replies()).toEqual(['intake.askJurisdiction']);
    expect(c.effects.map((e) => e.type)).toContain('openCase');
    c.take();
    c.say('Québec');
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
  });

  it('says politely when the ticket is from elsewhere, opens no case, and waits for another', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, { kind: 'unsupported_jurisdiction', place: 'Alberta' });
    c.send(photo);
    await c.settle();
    expect(c.effects.filter((e) => e.type === 'reply').map((e) => e.params)).toEqual([{ key: 'intake.otherJurisdiction', vars: { place: 'Alberta' } }]);
    expect(c.effects.some((e) => e.type === 'openCase')).toBe(false);
    expect(stateOf(c)).toEqual({ active: { intake: 'awaitingRetake' } });
    expect(c.actor.getSnapshot().context.caseId).toBeNull();
  });

  it.each([
    [{ kind: 'not_a_ticket' } as const, 'intake.notATicket'],
    [{ kind: 'unreadable', reason: 'corrupt' } as const, 'intake.retake'],
    [{ kind: 'unreadable', reason: 'too_large' } as const, 'intake.fileTooLarge'],
    [{ kind: 'unreadable', reason: 'illegible' } as const, 'intake.retake'],
  ])('answers %o with %s and reads the next photo', async (outcome, key) => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, outcome, QC_SPEEDING_OUTCOME);
    c.send(photo);
    await c.settle();
    expect(c.replies()).toEqual([key]);
    c.take();
    c.send(photo);
    await c.settle();
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
  });

  it('asks for a smaller photo when the file was over the size limit, and to resend when the download failed', async () => {
    const c = await withConsent();
    c.send({ type: 'USER.MEDIA', documents: [], others: [{ contentType: 'image/jpeg', available: false, unavailable: 'too_large' }], detectedLanguage: null });
    c.send({ type: 'USER.MEDIA', documents: [], others: [{ contentType: 'image/jpeg', available: false, unavailable: 'failed' }], detectedLanguage: null });
    expect(c.replies()).toEqual(['intake.fileTooLarge', 'media.unavailable']);
    expect(c.inputs).toEqual([]);
  });

  it('keeps the ticket it has when a later photo is not a ticket', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, QC_SPEEDING_OUTCOME, { kind: 'not_a_ticket' });
    c.send(photo);
    await c.settle();
    c.take();
    c.send(photo);
    await c.settle();
    expect(c.replies()).toEqual(['intake.notATicket']);
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
    expect(c.actor.getSnapshot().context.ticket).toEqual(QC_SPEEDING_OUTCOME.ticket);
  });

  it('tells the driver something went wrong when the reader fails, without losing the conversation', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, new Error('reader crashed') as never);
    c.send(photo);
    await c.settle();
    expect(c.replies()).toEqual(['intake.readFailed']);
    expect(stateOf(c)).toEqual({ active: { intake: 'awaitingRetake' } });
  });

  it('handles the first of two tickets, then asks for the second, which opens a new case', async () => {
    const c = await withConsent();
    c.outcomes.splice(0, c.outcomes.length, { ...QC_SPEEDING_OUTCOME, additionalTickets: 1 }, QC_SPEEDING_OUTCOME);
    c.send(photo);
    await c.settle();
    expect((c.effects.find((e) => e.type === 'replyTicketSummary')?.params as { additionalTickets: number }).additionalTickets).toBe(1);
    const firstCase = c.actor.getSnapshot().context.caseId;
    c.take();
    c.say('oui');
    await c.settle();
    expect(c.replies()).toEqual(['intake.confirmed', 'intake.secondTicket']);
    // Analysis, then the price, then the invitation to send the next ticket.
    const kinds = c.effects.map((e) => e.type);
    expect(kinds.indexOf('replyAnalysis')).toBeLessThan(kinds.indexOf('replyQuote'));
    expect(kinds.lastIndexOf('reply')).toBeGreaterThan(kinds.indexOf('replyQuote'));
    expect(stateOf(c)).toEqual({ active: { payment: 'awaitingPayment' } });
    c.take();
    c.send(photo);
    await c.settle();
    const secondCase = c.actor.getSnapshot().context.caseId;
    expect(secondCase).not.toBe(firstCase);
    expect(c.effects.find((e) => e.type === 'openCase')?.params).toMatchObject({ caseId: secondCase });
  });

  it('answers a file too large or not downloaded as such at every step of intake, not as "not a photo"', async () => {
    const tooLarge = { type: 'USER.MEDIA' as const, documents: [], others: [{ contentType: 'image/jpeg', available: false, unavailable: 'too_large' as const }], detectedLanguage: null };
    const failed = { ...tooLarge, others: [{ contentType: 'image/jpeg', available: false, unavailable: 'failed' as const }] };
    const c = await withConsent();
    c.send(photo);
    await c.settle();
    c.take();
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
    c.send(tooLarge);
    c.send(failed);
    expect(c.replies()).toEqual(['intake.fileTooLarge', 'media.unavailable']);
    c.take();
    c.say('oui');
    await c.settle();
    c.take();
    c.send(tooLarge);
    expect(c.replies()).toEqual(['intake.fileTooLarge']);
  });

  it('commands still work while confirming (AGENT hands off and resumes at the question)', async () => {
    const c = await withConsent();
    c.send(photo);
    await c.settle();
    c.say('AGENT');
    expect(stateOf(c)).toBe('handoff');
    c.send({ type: 'STAFF.RELEASE' });
    expect(stateOf(c)).toEqual({ active: { intake: 'confirming' } });
    expect(c.actor.getSnapshot().context.ticket).toEqual(QC_SPEEDING_OUTCOME.ticket);
  });
});
