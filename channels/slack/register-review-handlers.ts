import { registerCaseShortcuts } from './register-case-shortcuts.js';
import { registerReviewActions } from './register-review-actions.js';
import { registerReviewSubmissions } from './register-review-submissions.js';
import type { ReviewHandlerContext } from './review-handler-context.js';

/** Every Slack listener of the lawyer review: card buttons, modal submissions, message shortcuts. */
export function registerReviewHandlers(context: ReviewHandlerContext): void {
  registerReviewActions(context);
  registerReviewSubmissions(context);
  registerCaseShortcuts(context);
}
