import { z } from 'zod';
import type { CaseOutcome } from '../../flows/conversation/conversation-events.js';
import { jurisdictionSchema } from '../../tickets/ticket-schema.js';

/**
 * The staff statistics (bot/stats/create-stats-service.ts), as JSON. The type is
 * inferred from the schema so the OpenAPI document and the code cannot drift.
 */

export const CASE_STATUSES = ['intake', 'analysis', 'analysed', 'needsLawyer', 'paid', 'signed', 'approved', 'rejected', 'closed'] as const;
export const STATS_OUTCOMES = ['acquitted', 'withdrawn', 'reduced', 'convicted'] as const satisfies readonly CaseOutcome[];
/**
 * A success is any outcome where the driver did better than paying the ticket as
 * charged: acquitted, withdrawn, or reduced (fewer points or a smaller fine).
 * Only "convicted" as charged is a failure. The analysis score predicts this.
 */
export const SUCCESS_OUTCOMES: readonly CaseOutcome[] = ['acquitted', 'withdrawn', 'reduced'];
export const DECILE_RANGES = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90-100'] as const;

const count = z.int().min(0);
const ratio = z.number().min(0).max(1).nullable().describe('0..1 rounded to 4 decimals; null when there is nothing to divide');

export const stageCountSchema = z.object({
  status: z.string().describe('Case.status: intake, analysis, analysed, needsLawyer, paid, signed, approved, rejected, closed'),
  total: count,
  byJurisdiction: z.object({ QC: count, ON: count, NY: count, unknown: count.describe('Jurisdiction not known yet') }),
});

export const deadlineAtRiskSchema = z.object({
  caseId: z.string(),
  number: z.string().describe('e.g. T911-000042'),
  jurisdiction: jurisdictionSchema.nullable(),
  respondBy: z.string().meta({ format: 'date', description: 'YYYY-MM-DD, in the jurisdiction’s calendar' }),
  daysLeft: z.int().describe('Days from today in the jurisdiction’s time zone; negative when past'),
  status: z.string(),
});

export const successRateRowSchema = z.object({
  key: z.string().describe('QC, ON, NY, an offence category, "all" or "unknown"'),
  closed: count.describe('Cases with an outcome'),
  successes: count.describe('Outcome acquitted, withdrawn or reduced'),
  rate: ratio,
  outcomes: z.object({ acquitted: count, withdrawn: count, reduced: count, convicted: count }),
});

export const calibrationDecileSchema = z.object({
  range: z.enum(DECILE_RANGES),
  cases: count,
  meanPredicted: ratio.describe('Mean of score/100 in this decile'),
  observedSuccessRate: ratio,
});

export const calibrationSchema = z.object({
  cases: count,
  brierScore: ratio.describe('Mean of (score/100 − success)²: 0 is perfect, 0.25 is always saying 50'),
  deciles: z.array(calibrationDecileSchema).length(10),
});

/** Case reminders (event.kind of a CASE.REMINDER job) then the conversation timers that remind a driver. */
export const CASE_REMINDER_KINDS = ['plea7', 'plea2', 'hearing7', 'hearing1', 'hearingDay'] as const;
export const REMINDER_KINDS = [...CASE_REMINDER_KINDS, 'payment', 'mandate', 'ticketNudge'] as const;
export const FAILED_SEND_KINDS = ['message', 'email', 'slack', 'job'] as const;
/** How many upcoming reminders and recent failures are listed; the counts cover them all. */
export const FOLLOW_UPS_LISTED = 25;

const dateTime = (description: string) => z.string().meta({ format: 'date-time', description });

export const upcomingReminderSchema = z.object({
  jobId: z.string().describe('ScheduledJob.id'),
  kind: z
    .enum(REMINDER_KINDS)
    .describe('plea7/plea2: days before the date to respond by; hearing7/hearing1/hearingDay: before or on the hearing; payment, mandate: an unpaid quote, an unsigned mandate; ticketNudge: no ticket photo yet'),
  caseNumber: z.string().nullable().describe('e.g. T911-000042; null for the conversation timers, which are not tied to a case'),
  channel: z.string().describe('The conversation’s channel: sms, whatsapp, web, botframework'),
  dueAt: dateTime('When the job runs, ISO 8601 in UTC'),
});

export const failedSendSchema = z.object({
  kind: z.enum(FAILED_SEND_KINDS).describe('message: a chat reply (OutboxEntry dead); email (OutboundEmail dead); slack (SlackPost dead); job: a scheduled event the conversation could not take (ScheduledJob failed)'),
  id: z.string().describe('The row’s id in its table'),
  at: dateTime('When it failed for good (the row’s updatedAt)'),
  code: z.string().nullable().describe('The last error code; null when there is none or it does not read as a code (never a message, an address or a phone number)'),
  channel: z.string().nullable().describe('sms, whatsapp, web or botframework for messages and jobs; null for emails and Slack posts'),
});

export const followUpsSchema = z.object({
  upcoming: z.array(upcomingReminderSchema).max(FOLLOW_UPS_LISTED).describe('The next 25 pending reminders by due time, overdue ones first'),
  pendingCount: count.describe('Every pending reminder job, listed or not, even one whose event has a kind this version does not know'),
  failed: z.object({
    counts: z.object({
      messages: count.describe('OutboxEntry dead'),
      emails: count.describe('OutboundEmail dead'),
      slack: count.describe('SlackPost dead'),
      jobs: count.describe('ScheduledJob failed'),
    }),
    recent: z.array(failedSendSchema).max(FOLLOW_UPS_LISTED).describe('The 25 latest failures across the four tables, newest first'),
  }),
});

export const caseStatsSchema = z
  .object({
    generatedAt: z.string().meta({ format: 'date-time', description: 'ISO 8601 date-time' }),
    byStage: z.array(stageCountSchema),
    deadlinesAtRisk: z.array(deadlineAtRiskSchema).describe('Open cases whose date to respond by is within 5 days or past, oldest first'),
    successRate: z.object({
      overall: successRateRowSchema,
      byJurisdiction: z.array(successRateRowSchema),
      byOffence: z.array(successRateRowSchema),
    }),
    calibration: calibrationSchema.describe('Latest scored analysis of each decided case against its outcome'),
    followUps: followUpsSchema.describe('Reminders the service will send, and sends that failed for good'),
  })
  .describe('Case statistics for the firm: stages, deadlines at risk, success rates, score calibration, reminders and failed sends');

export type CaseStats = z.infer<typeof caseStatsSchema>;
export type Calibration = z.infer<typeof calibrationSchema>;
export type SuccessRateRow = z.infer<typeof successRateRowSchema>;
export type FollowUps = z.infer<typeof followUpsSchema>;
export type UpcomingReminder = z.infer<typeof upcomingReminderSchema>;
export type FailedSend = z.infer<typeof failedSendSchema>;
