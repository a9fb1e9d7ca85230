import { describe, expect, it } from 'vitest';
import { photo, startConversation } from './test-support/start-conversation.js';
import type { ReadingInLine } from './reading-in-line.js';
import { QC_SPEEDING_OUTCOME } from '../../tickets/test-support/ticket-outcomes.js';

const queuedAt12: ReadingInLine = { kind: 'in_line', position: 12, waitSeconds: 37, retryInMs: 0 };
const lineFull: ReadingInLine = { kind: 'in_line', position: 80, waitSeconds: 100, retryInMs: 50_000 };

async function photoSentWhileBusy(first: ReadingInLine = queuedAt12) {
  const c = startConversation();
  c.say('Bonjour');
  c.say('oui');
  c.take();
  c.outcomes.splice(0, c.outcomes.length, first as never, QC_SPEEDING_OUTCOME);
  c.send(photo);
  await c.settle();
  return c;
}

describe('a photo sent while the readers are busy', () => {
  it('tells the driver at once where the ticket stands and asks for the read later, nothing else yet', async () => {
    const c = await photoSentWhileBusy();
    expect(c.effects).toEqual([
      { type: 'cancelTimer', params: { event: 'TIMER.TICKET_NUDGE' }, language: 'fr' },
      { type: 'reply', params: { key: 'capacity.inLine', vars: { position: 12, seconds: 40 } }, language: 'fr' },
      { type: 'scheduleTimer', params: { event: 'TIMER.READ_IN_LINE', delayMs: 0 }, language: 'fr' },
    ]);
    expect(c.actor.getSnapshot().value).toEqual({ active: { intake: 'inLine' } });
    // The photo is held, not yet on a case.
    expect(c.actor.getSnapshot().context).toMatchObject({ caseId: null, pendingMedia: photo.documents });
  });

  it('reads the held photo when the timer comes, waiting in line this time, then shows the summary', async () => {
    const c = await photoSentWhileBusy();
    c.take();
    c.send({ type: 'TIMER.READ_IN_LINE' });
    await c.settle();
    expect(c.inputs.at(-1)).toMatchObject({ media: photo.documents, text: null, inLine: true, market: 'qc', language: 'fr' });
    expect(c.effects.map((e) => e.type)).toEqual(['openCase', 'recordTicket', 'replyTicketSummary']);
    expect(c.effects[0].params).toMatchObject({ media: photo.documents });
    expect(c.actor.getSnapshot().value).toEqual({ active: { intake: 'confirming' } });
  });

  it('puts the ticket back in line without a second notice when there is still no room', async () => {
    const c = await photoSentWhileBusy();
    c.take();
    c.outcomes.splice(0, c.outcomes.length, lineFull as never, QC_SPEEDING_OUTCOME);
    c.send({ type: 'TIMER.READ_IN_LINE' });
    await c.settle();
    expect(c.effects).toEqual([{ type: 'scheduleTimer', params: { event: 'TIMER.READ_IN_LINE', delayMs: 50_000 }, language: 'fr' }]);
    expect(c.actor.getSnapshot().value).toEqual({ active: { intake: 'inLine' } });
  });

  it('answers a word while in line, and reads typed details at once', async () => {
    const c = await photoSentWhileBusy();
    c.take();
    c.say('alors?');
    expect(c.replies()).toEqual(['capacity.stillInLine']);
    c.take();
    c.say('excès de vitesse 78 dans une zone de 50 à Montréal');
    await c.settle();
    expect(c.inputs.at(-1)).toMatchObject({ text: 'excès de vitesse 78 dans une zone de 50 à Montréal', media: [] });
    expect(c.effects.map((e) => e.type)).toContain('replyTicketSummary');
  });

  it('reads a new photo instead of the one in line', async () => {
    const c = await photoSentWhileBusy();
    c.take();
    const second = { ...photo, documents: [{ id: 'm2', contentType: 'image/jpeg', available: true }] };
    c.send(second);
    await c.settle();
    expect(c.inputs.at(-1)).toMatchObject({ media: second.documents });
    expect(c.effects.find((e) => e.type === 'openCase')?.params).toMatchObject({ media: second.documents });
    // A timer left from the first photo no longer reads anything.
    c.take();
    c.send({ type: 'TIMER.READ_IN_LINE' });
    await c.settle();
    expect(c.effects).toEqual([]);
  });
});
