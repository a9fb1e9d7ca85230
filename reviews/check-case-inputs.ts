/**
 * What a hearing or an outcome must look like, checked in one place: by the
 * Slack modals before they close (a modal can show an error only then) and by
 * the review service for the staff API. Each returns the faulty fields.
 */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_OUTCOME_POINTS = 30;
export const MAX_OUTCOME_FINE_CENTS = 100_000_000;

/** 2026-02-31 matches the pattern but is no day. */
const isCalendarDate = (date: string) => DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

export type HearingField = 'date' | 'time' | 'court' | 'room';

export function checkHearingInput({ date, time, court, room }: { date: string; time: string; court: string; room: string | null }): HearingField[] {
  const faulty: HearingField[] = [];
  if (!isCalendarDate(date)) faulty.push('date');
  if (!TIME.test(time)) faulty.push('time');
  const named = court.trim();
  if (named.length === 0 || named.length > 200) faulty.push('court');
  if ((room?.trim().length ?? 0) > 50) faulty.push('room');
  return faulty;
}

export type OutcomeFault = 'points' | 'fine' | 'reducedNeedsDetail';

/** Points and fine only mean something for a reduced charge, which needs at least one of them. */
export function checkOutcomeInput({ reduced, points, fineCents }: { reduced: boolean; points: number | null; fineCents: number | null }): OutcomeFault[] {
  const faulty: OutcomeFault[] = [];
  if (points !== null && (!Number.isInteger(points) || points < 0 || points > MAX_OUTCOME_POINTS)) faulty.push('points');
  if (fineCents !== null && (!Number.isInteger(fineCents) || fineCents < 0 || fineCents > MAX_OUTCOME_FINE_CENTS)) faulty.push('fine');
  if (reduced && points === null && fineCents === null) faulty.push('reducedNeedsDetail');
  return faulty;
}
