import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './format-calendar-date.js';

describe('formatCalendarDate', () => {
  it('writes the court day in the driver language, whatever the server zone', () => {
    expect(formatCalendarDate('fr', '2026-12-03')).toBe('3 décembre 2026');
    expect(formatCalendarDate('en', '2026-12-03')).toBe('December 3, 2026');
    expect(formatCalendarDate('es', '2026-01-01')).toBe('1 de enero de 2026');
  });
});
