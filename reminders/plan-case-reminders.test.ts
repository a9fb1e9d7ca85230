import { describe, expect, it } from 'vitest';
import { planHearingReminders, planPleaReminders } from './plan-case-reminders.js';

const iso = (reminders: { kind: string; dueAt: Date }[]) => reminders.map((r) => [r.kind, r.dueAt.toISOString()]);

describe('planning case reminders', () => {
  it('plea reminders 7 and 2 days before, 10:00 local, across the end of daylight saving (Nov 1, 2026)', () => {
    const now = new Date('2026-10-20T12:00:00Z');
    expect(iso(planPleaReminders({ respondBy: '2026-11-04', timeZone: 'America/Montreal', now }))).toEqual([
      ['plea7', '2026-10-28T14:00:00.000Z'], // EDT, UTC-4
      ['plea2', '2026-11-02T15:00:00.000Z'], // EST, UTC-5
    ]);
  });

  it('drops the reminders already past', () => {
    expect(iso(planPleaReminders({ respondBy: '2026-11-04', timeZone: 'America/Toronto', now: new Date('2026-10-30T00:00:00Z') }))).toEqual([['plea2', '2026-11-02T15:00:00.000Z']]);
  });

  it('hearing reminders 7 days and 1 day before at 10:00 and the morning of at 08:00, in the court zone', () => {
    const now = new Date('2026-10-20T12:00:00Z');
    expect(iso(planHearingReminders({ date: '2026-11-03', time: '09:30', timeZone: 'America/New_York', now }))).toEqual([
      ['hearing7', '2026-10-27T14:00:00.000Z'],
      ['hearing1', '2026-11-02T15:00:00.000Z'],
      ['hearingDay', '2026-11-03T13:00:00.000Z'],
    ]);
    // A hearing at 08:00: no morning-of reminder (it would come as the door opens).
    expect(iso(planHearingReminders({ date: '2026-11-03', time: '08:00', timeZone: 'America/New_York', now })).map(([kind]) => kind)).toEqual(['hearing7', 'hearing1']);
  });
});
