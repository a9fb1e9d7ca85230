import { describe, expect, it } from 'vitest';
import { renderReminderList } from './render-reminder-list.js';

describe('renderReminderList', () => {
  it('lists what will come, in the court time and the driver language', () => {
    const text = renderReminderList({
      language: 'en',
      optedOut: false,
      reminders: [
        { kind: 'hearing1', dueAt: new Date('2026-11-02T15:00:00Z'), timeZone: 'America/Toronto' },
        { kind: 'hearingDay', dueAt: new Date('2026-11-03T13:00:00Z'), timeZone: 'America/Toronto' },
      ],
    });
    expect(text.split('\n')).toEqual(['Reminders scheduled:', expect.stringMatching(/^• Mon, Nov\.? 2, 10:00 a\.m\.: hearing, the day before$/), expect.stringMatching(/^• Tue, Nov\.? 3, 08:00 a\.m\.: hearing, the morning of$/)]);
  });

  it('says when nothing is scheduled, and that STOP stopped them', () => {
    expect(renderReminderList({ language: 'fr', optedOut: false, reminders: [] })).toMatch(/^Aucun rappel/);
    expect(renderReminderList({ language: 'es', optedOut: true, reminders: [{ kind: 'plea7', dueAt: new Date(), timeZone: 'America/New_York' }] })).toMatch(/START/);
  });
});
