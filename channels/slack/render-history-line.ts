import type { ReviewHistoryEntry } from '../../bot/reviews/review-port.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { describeReviewActor } from './describe-review-actor.js';
import { escapeSlackText } from './escape-slack-text.js';
import { formatSlackInstant } from './format-slack-instant.js';

/** A detail is meant to be short; a long rejection reason must not push the buttons out of the message. */
const DETAIL_LIMIT = 300;

/** "Approved by <@U123> at 2026-11-21 14:03 — detail", in the market's time zone. */
export function renderHistoryLine({ entry, language, timeZone }: { entry: ReviewHistoryEntry; language: Language; timeZone: string }): string {
  const line = translate(language, `slack.history.${entry.action}`, {
    actor: describeReviewActor({ actor: entry.actor, language }),
    at: formatSlackInstant({ at: entry.at, timeZone }),
  });
  if (!entry.detail) return line;
  const detail = entry.detail.length > DETAIL_LIMIT ? `${entry.detail.slice(0, DETAIL_LIMIT)}…` : entry.detail;
  return `${line} — ${escapeSlackText(detail.replace(/\s+/g, ' '))}`;
}
