import { describe, expect, it } from 'vitest';
import { readHearingSubmission, readOutcomeSubmission } from './read-case-submissions.js';

const outcome = (value: string, points: string, fine: string) => ({
  outcome_choice: { outcome: { type: 'static_select', selected_option: { value, text: { type: 'plain_text' as const, text: value } } } },
  outcome_points: { points: { type: 'number_input', value: points } },
  outcome_fine: { fine: { type: 'number_input', value: fine } },
});

describe('modal submissions are checked by the same rules as the staff API', () => {
  it('a hearing on a day that does not exist is refused in the modal', () => {
    const values = {
      hearing_date: { date: { type: 'datepicker', selected_date: '2026-02-30' } },
      hearing_time: { time: { type: 'timepicker', selected_time: '09:30' } },
      hearing_court: { court: { type: 'plain_text_input', value: 'Old City Hall' } },
    };
    expect(readHearingSubmission(values as never)).toEqual({ ok: false, errors: { hearing_date: 'slack.error.date' } });
  });

  it('a reduced charge with 31 points is refused; with 2 points and $125.50 it passes in cents', () => {
    expect(readOutcomeSubmission(outcome('reduced', '31', '') as never)).toEqual({ ok: false, errors: { outcome_points: 'slack.error.points' } });
    expect(readOutcomeSubmission(outcome('reduced', '', '') as never)).toEqual({ ok: false, errors: { outcome_points: 'slack.error.reducedNeedsDetail' } });
    expect(readOutcomeSubmission(outcome('reduced', '2', '125.50') as never)).toEqual({ ok: true, value: { outcome: 'reduced', points: 2, fineCents: 12550 } });
  });
});
