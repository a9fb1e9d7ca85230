import { describe, expect, it } from 'vitest';
import type { CaseReminder } from './conversation-events.js';
import { confirmTicket } from './test-support/start-conversation.js';

const hearingReminder = (caseId: string): CaseReminder => ({
  caseId,
  caseNumber: 'T911-000001',
  kind: 'hearing1',
  jurisdiction: 'ON',
  respondBy: null,
  hearing: { date: '2026-11-05', time: '09:30', court: 'Old City Hall', room: '121' },
});

describe('case reminders and REMINDERS', () => {
  it('says a hearing reminder in the driver language with what to bring, and copies it by email', async () => {
    const c = await confirmTicket();
    const caseId = c.actor.getSnapshot().context.caseId!;
    c.say('EN');
    c.take();
    c.send({ type: 'CASE.REMINDER', ...hearingReminder(caseId) });
    const vars = { caseNumber: 'T911-000001', date: 'November 5, 2026', time: '09:30', court: 'Old City Hall', room: ', room 121', bring: 'the ticket or notice, photo ID, any photos or papers about it' };
    expect(c.take().map((e) => [e.type, e.params])).toEqual([
      ['reply', { key: 'reminder.hearing1', vars }],
      ['emailNotice', { caseId, key: 'reminder.hearing1', vars }],
    ]);
  });

  it('a plea reminder names the date to answer by; after STOP nothing is said', async () => {
    const c = await confirmTicket();
    const caseId = c.actor.getSnapshot().context.caseId!;
    c.take();
    c.send({ type: 'CASE.REMINDER', caseId, caseNumber: 'T911-000001', kind: 'plea2', jurisdiction: 'QC', respondBy: '2026-12-10', hearing: null });
    expect(c.replies()).toEqual(['reminder.plea2']);
    c.take();
    c.say('STOP');
    c.take();
    c.send({ type: 'CASE.REMINDER', caseId, caseNumber: 'T911-000001', kind: 'plea2', jurisdiction: 'QC', respondBy: '2026-12-10', hearing: null });
    expect(c.take()).toEqual([]);
  });

  it('REMINDERS / RAPPELS / RECORDATORIOS ask the runtime for the list, saying whether STOP silenced them', async () => {
    const c = await confirmTicket();
    c.take();
    for (const word of ['REMINDERS', 'rappels', 'Recordatorios!']) {
      c.say(word);
      expect(c.take().map((e) => [e.type, e.params])).toEqual([['replyReminders', { optedOut: false }]]);
    }
  });
});
