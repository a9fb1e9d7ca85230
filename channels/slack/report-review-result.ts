import type { webApi } from '@slack/bolt';
import type { ReviewActionResult, ReviewHistoryAction } from '../../bot/reviews/review-port.js';
import { MARKETS } from '../../flows/markets.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { renderHistoryLine } from './render-history-line.js';
import type { ReviewHandlerContext } from './review-handler-context.js';
import { tellLawyer } from './tell-lawyer.js';

export interface ReportReviewResultOptions {
  context: ReviewHandlerContext;
  client: webApi.WebClient;
  result: ReviewActionResult;
  /** The history action the lawyer attempted, to say who already did it. */
  action: ReviewHistoryAction;
  user: string;
  /** Where the lawyer clicked; the card's own channel wins when the result carries the card. */
  channel: string | null | undefined;
  /** Used when the result carries no card (not_found). */
  language: Language;
}

/** done → the card is refreshed for everyone; anything else → an ephemeral line to the lawyer alone. */
export async function reportReviewResult({ context, client, result, action, user, channel, language }: ReportReviewResultOptions): Promise<void> {
  const { logger, poster } = context;
  if (result.kind === 'done') {
    try {
      await poster.updateCard(result.card);
    } catch (err) {
      logger.warn({ err, reviewId: result.card.reviewId }, 'slack: chat.update of the card failed');
    }
    return;
  }
  if (result.kind === 'not_found') {
    await tellLawyer({ client, channel, user, text: translate(language, 'slack.result.notFound'), logger });
    return;
  }
  const { card } = result;
  const { defaultLanguage, timeZone } = MARKETS[card.market];
  let text: string;
  if (result.kind === 'already') {
    const entry = [...card.history].reverse().find((candidate) => candidate.action === action);
    text = entry
      ? translate(defaultLanguage, 'slack.result.alreadyBy', { line: renderHistoryLine({ entry, language: defaultLanguage, timeZone }) })
      : translate(defaultLanguage, 'slack.result.already');
  } else {
    text = translate(defaultLanguage, `slack.result.notAllowed.${result.reason}`, { version: card.draft.version, status: translate(defaultLanguage, `slack.status.${card.status}`) });
  }
  await tellLawyer({ client, channel: card.slack?.channel ?? channel, user, text, logger });
}
