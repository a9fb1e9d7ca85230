import { describe, expect, it } from 'vitest';
import { TICKET_NUDGE_DELAY_MS } from './conversation-machine.js';
import { photo, startConversation as start } from './test-support/start-conversation.js';

describe('conversation machine', () => {
  it('detects the language of the first message and shows the privacy notice in it', () => {
    const c = start({ language: 'fr' });
    c.say('Hi, I got a speeding ticket');
    expect(c.actor.getSnapshot().value).toEqual({ active: 'consent' });
    expect(c.effects).toContainEqual({ type: 'reply', params: { key: 'consent.notice' }, language: 'en' });
  });

  it('keeps the market language when the first message tells nothing', () => {
    const c = start({ language: 'fr' });
    c.say('ok');
    expect(c.effects).toContainEqual({ type: 'reply', params: { key: 'consent.notice' }, language: 'fr' });
  });

  it('on yes records consent and asks for the ticket, scheduling a nudge', () => {
    const c = start();
    c.say('Bonjour');
    c.take();
    c.say('oui');
    expect(c.actor.getSnapshot().value).toEqual({ active: 'awaitingTicket' });
    expect(c.effects.map((e) => e.type)).toEqual(['recordConsent', 'reply', 'scheduleTimer']);
    expect(c.effects[2].params).toEqual({ event: 'TIMER.TICKET_NUDGE', delayMs: TICKET_NUDGE_DELAY_MS });
  });

  it('on no records the refusal, forgets the conversation and asks again on a later message', () => {
    const c = start();
    c.say('Bonjour');
    c.say('non');
    expect(c.actor.getSnapshot().value).toEqual({ active: 'refused' });
    expect(c.effects.map((e) => e.type)).toContain('forgetConversation');
    expect(c.replies()).toContain('consent.refused');
    c.take();
    c.say('finalement je veux bien');
    expect(c.replies()).toEqual(['consent.notice']);
  });

  it('asks again for a clear yes or no, also when a photo comes first', () => {
    const c = start();
    c.say('Bonjour');
    c.take();
    c.say('peut-être');
    c.send(photo);
    expect(c.replies()).toEqual(['consent.pleaseAnswer', 'consent.pleaseAnswer']);
  });

  it('switches language at any time and re-shows the notice while consent is pending', () => {
    const c = start();
    c.say('Bonjour');
    c.take();
    c.say('ES');
    expect(c.effects).toEqual([
      { type: 'setLanguage', params: { language: 'es' }, language: 'es' },
      { type: 'reply', params: { key: 'consent.notice' }, language: 'es' },
    ]);
    c.say('sí');
    c.take();
    c.say('EN');
    expect(c.replies()).toEqual(['language.changed']);
    expect(c.effects.at(-1)?.language).toBe('en');
    // An explicit choice wins over detection afterwards.
    c.say('bonjour je suis de retour avec une contravention');
    expect(c.effects.at(-1)?.language).toBe('en');
  });

  it('reads a photo, opens a case with it and shows the ticket, cancelling the nudge', async () => {
    const c = start();
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.send(photo);
    await c.settle();
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.value).toEqual({ active: { intake: 'confirming' } });
    expect(snapshot.context.caseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.effects.map((e) => e.type)).toEqual(['cancelTimer', 'openCase', 'recordTicket', 'replyTicketSummary']);
    expect(c.effects[1].params).toEqual({ caseId: snapshot.context.caseId, media: photo.documents });
    expect(c.inputs).toEqual([{ caseId: null, includeCaseMedia: false, media: photo.documents, text: null, market: 'qc', language: 'fr' }]);
  });

  it('answers a non-image attachment with a request for a photo', () => {
    const c = start();
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.send({ type: 'USER.MEDIA', documents: [], others: [{ id: 'f', contentType: 'application/zip', available: true }], detectedLanguage: null });
    expect(c.replies()).toEqual(['media.notAnImage']);
    expect(c.actor.getSnapshot().value).toEqual({ active: 'awaitingTicket' });
  });

  it('reads typed details but not a lone word', async () => {
    const c = start();
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.say('ok');
    expect(c.replies()).toEqual(['ticket.askAgain']);
    c.say('excès de vitesse 78 dans un 50 sur Sherbrooke');
    await c.settle();
    expect(c.inputs).toEqual([expect.objectContaining({ media: [], text: 'excès de vitesse 78 dans un 50 sur Sherbrooke' })]);
    expect(c.effects.find((e) => e.type === 'openCase')?.params).toMatchObject({ media: [] });
  });

  it('nudges once the timer fires while waiting, not after opt-out', () => {
    const c = start({ channel: 'web' });
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.send({ type: 'TIMER.TICKET_NUDGE' });
    expect(c.replies()).toEqual(['ticket.nudge']);
    c.say('STOP');
    c.take();
    c.send({ type: 'TIMER.TICKET_NUDGE' });
    expect(c.replies()).toEqual([]);
  });

  it('answers HELP, AIDE and AYUDA, and STATUS in every step', async () => {
    const c = start();
    c.say('AIDE');
    c.say('ayuda');
    c.say('Help!');
    c.say('statut');
    expect(c.replies()).toEqual(['help', 'help', 'help', 'status.noConsent']);
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.say('ESTADO');
    c.send(photo);
    await c.settle();
    c.take();
    c.say('STATUS');
    expect(c.replies()).toEqual(['status.case']);
  });

  it('hands off to a person, stays silent, and resumes where it was when released', () => {
    const c = start();
    c.say('Bonjour');
    c.say('oui');
    c.take();
    c.say('AGENT');
    expect(c.actor.getSnapshot().value).toBe('handoff');
    expect(c.effects.map((e) => e.type)).toEqual(['cancelTimer', 'requestHandoff', 'reply']);
    c.take();
    c.say('allo?');
    c.say('AIDE');
    c.send(photo);
    expect(c.effects).toEqual([]);
    c.send({ type: 'STAFF.RELEASE' });
    expect(c.actor.getSnapshot().value).toEqual({ active: 'awaitingTicket' });
    expect(c.replies()).toEqual(['handoff.released', 'ticket.ask']);
  });

  it('erases data only on an explicit yes, then starts over', async () => {
    const c = start();
    c.say('Bonjour');
    c.say('oui');
    c.send(photo);
    await c.settle();
    c.take();
    c.say('supprimer mes données');
    expect(c.replies()).toEqual(['erasure.confirm']);
    c.say('non');
    expect(c.actor.getSnapshot().value).toEqual({ active: { intake: 'confirming' } });
    c.take();
    c.say('DELETE MY DATA');
    c.say('oui');
    expect(c.effects.map((e) => e.type)).toContain('eraseClientData');
    expect(c.actor.getSnapshot().value).toEqual({ active: 'greeting' });
    expect(c.actor.getSnapshot().context).toMatchObject({ consent: null, caseId: null });
  });

  it('lets the carrier answer STOP on SMS but confirms ARRET itself', () => {
    const c = start({ channel: 'sms' });
    c.say('STOP');
    expect(c.effects).toEqual([{ type: 'setOptOut', params: { optedOut: true }, language: 'fr' }]);
    c.take();
    c.say('START');
    c.say('Arrêt');
    expect(c.replies()).toEqual(['optOut.confirmed']);
    expect(c.actor.getSnapshot().context.optedOut).toBe(true);
  });
});
