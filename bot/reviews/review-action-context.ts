import type { PrismaClient } from '../../prisma/generated/client.js';
import type { ReviewSettings } from './review-settings.js';

/** What every review action needs. */
export interface ReviewActionContext {
  prisma: PrismaClient;
  settings: ReviewSettings;
  now: () => Date;
}

/** A review can be decided, edited or questioned only while a lawyer has it. */
export const OPEN_REVIEW_STATUSES = ['pending', 'question'];
