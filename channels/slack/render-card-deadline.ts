import type { types } from '@slack/bolt';
import type { ReviewCard } from '../../bot/reviews/review-port.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';

export const URGENT_COLOR = '#d00000';
export const NEUTRAL_COLOR = '#9e9e9e';
/** Under five days a lawyer must act now: the card turns red. */
const URGENT_DAYS = 5;

/** The deadline in a coloured attachment: the colour bar is what a lawyer scanning the channel sees first. */
export function renderCardDeadline({ card, language }: { card: ReviewCard; language: Language }): types.MessageAttachment {
  const { respondBy, daysLeft } = card;
  const red = daysLeft !== null && daysLeft < URGENT_DAYS;
  let text: string;
  if (respondBy === null) text = translate(language, 'slack.card.deadlineUnknown');
  else if (daysLeft === null) text = translate(language, 'slack.card.deadlineDate', { date: respondBy });
  else if (daysLeft < 0) text = translate(language, 'slack.card.deadlinePast', { date: respondBy, days: -daysLeft });
  else if (daysLeft === 0) text = translate(language, 'slack.card.deadlineToday', { date: respondBy });
  else text = translate(language, 'slack.card.deadline', { date: respondBy, days: daysLeft });
  if (red) text = `:red_circle: ${text}`;
  return {
    color: red ? URGENT_COLOR : NEUTRAL_COLOR,
    fallback: text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}
