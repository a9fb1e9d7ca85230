import type { ViewOutput } from '@slack/bolt';
import type { HearingInput, OutcomeInput } from '../../bot/reviews/review-port.js';
import { CASE_OUTCOMES, type CaseOutcome } from '../../bot/reviews/review-port.js';
import type { MessageKey } from '../../i18n/translate.js';
import { checkHearingInput, checkOutcomeInput } from '../../reviews/check-case-inputs.js';
import { parseDollarsToCents } from './parse-dollars-to-cents.js';
import { HEARING_BLOCKS } from './render-hearing-modal.js';
import { OUTCOME_BLOCKS } from './render-outcome-modal.js';

type ViewValues = ViewOutput['state']['values'];
/** What the modal shows under each faulty input: block_id → catalog key. */
export type SubmissionErrors = Record<string, MessageKey>;
export type Submission<T> = { ok: true; value: T } | { ok: false; errors: SubmissionErrors };

function field(values: ViewValues, ids: { block_id: string; action_id: string }) {
  return values[ids.block_id]?.[ids.action_id];
}

/**
 * The hearing modal's answers, checked before ack: once acked, a modal can no longer show
 * an error, so everything the port would call invalid in shape is caught here.
 */
export function readHearingSubmission(values: ViewValues): Submission<HearingInput> {
  const date = field(values, HEARING_BLOCKS.date)?.selected_date ?? '';
  const time = field(values, HEARING_BLOCKS.time)?.selected_time ?? '';
  const court = (field(values, HEARING_BLOCKS.court)?.value ?? '').trim();
  const room = (field(values, HEARING_BLOCKS.room)?.value ?? '').trim();
  const errors: SubmissionErrors = {};
  const faulty = checkHearingInput({ date, time, court, room: room === '' ? null : room });
  if (faulty.includes('date')) errors[HEARING_BLOCKS.date.block_id] = 'slack.error.date';
  if (faulty.includes('time')) errors[HEARING_BLOCKS.time.block_id] = 'slack.error.time';
  // The inputs' max_length keeps court and room within bounds; an empty court is what can slip through.
  if (faulty.includes('court') || faulty.includes('room')) errors[HEARING_BLOCKS.court.block_id] = 'slack.error.court';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { date, time, court, room: room === '' ? null : room } };
}

/** The outcome modal's answers; a reduced charge needs its new points or its new fine. */
export function readOutcomeSubmission(values: ViewValues): Submission<OutcomeInput> {
  const chosen = field(values, OUTCOME_BLOCKS.outcome)?.selected_option?.value ?? '';
  const pointsText = (field(values, OUTCOME_BLOCKS.points)?.value ?? '').trim();
  const fineText = (field(values, OUTCOME_BLOCKS.fine)?.value ?? '').trim();
  const errors: SubmissionErrors = {};
  const outcome = (CASE_OUTCOMES as readonly string[]).includes(chosen) ? (chosen as CaseOutcome) : null;
  if (!outcome) errors[OUTCOME_BLOCKS.outcome.block_id] = 'slack.error.outcome';
  const points = pointsText === '' ? null : /^\d{1,3}$/.test(pointsText) ? Number(pointsText) : undefined;
  const fineCents = fineText === '' ? null : (parseDollarsToCents(fineText) ?? undefined);
  const faulty = checkOutcomeInput({ reduced: outcome === 'reduced', points: points ?? null, fineCents: fineCents ?? null });
  if (points === undefined || faulty.includes('points')) errors[OUTCOME_BLOCKS.points.block_id] = 'slack.error.points';
  if (fineCents === undefined || faulty.includes('fine')) errors[OUTCOME_BLOCKS.fine.block_id] = 'slack.error.fine';
  if (faulty.includes('reducedNeedsDetail')) errors[OUTCOME_BLOCKS.points.block_id] = 'slack.error.reducedNeedsDetail';
  if (!outcome || points === undefined || fineCents === undefined || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { outcome, points, fineCents } };
}
