import type { PrismaClient } from '../../prisma/generated/client.js';
import { approveDraft } from './approve-draft.js';
import { askClient } from './ask-client.js';
import { buildReviewCard } from './build-review-card.js';
import { editDraft } from './edit-draft.js';
import { recordHearing } from './record-hearing.js';
import { recordOutcome } from './record-outcome.js';
import { rejectCase } from './reject-case.js';
import type { LawyerReviewPort } from './review-port.js';
import type { ReviewSettings } from './review-settings.js';

export interface CreateReviewServiceOptions {
  prisma: PrismaClient;
  settings: ReviewSettings;
  now: () => Date;
  /** Called after anything that queued a Slack post or a conversation event: wake the Slack outbox and the scheduler. */
  onChange?: () => void;
}

/** The lawyer-review port the Slack adapter and the staff API call. */
export function createReviewService({ prisma, settings, now, onChange }: CreateReviewServiceOptions): LawyerReviewPort {
  const context = { prisma, settings, now };
  const notify = <T>(result: T): T => {
    onChange?.();
    return result;
  };
  return {
    card: (reviewId) => buildReviewCard({ prisma, settings, now: now(), where: { id: reviewId } }),
    cardForMessage: ({ channel, ts }) => buildReviewCard({ prisma, settings, now: now(), where: { slackChannel: channel, slackTs: ts } }),
    approve: async (options) => notify(await approveDraft(context, options)),
    edit: async (options) => notify(await editDraft(context, options)),
    reject: async (options) => notify(await rejectCase(context, options)),
    ask: async (options) => notify(await askClient(context, options)),
    recordHearing: async (options) => notify(await recordHearing(context, options)),
    recordOutcome: async (options) => notify(await recordOutcome(context, options)),
  };
}
