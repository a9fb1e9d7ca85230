import type { types } from '@slack/bolt';
import type { ReviewCard, ReviewHistoryAction, ReviewStatus } from '../../bot/reviews/review-port.js';
import { MARKETS } from '../../flows/markets.js';
import { formatMoney } from '../../i18n/format-money.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { escapeSlackText } from './escape-slack-text.js';
import { formatSlackInstant } from './format-slack-instant.js';
import { renderCardAnalysis } from './render-card-analysis.js';
import { renderCardDeadline } from './render-card-deadline.js';
import { renderHistoryLine } from './render-history-line.js';
import { toSectionBlocks } from './to-section-blocks.js';

export const REVIEW_ACTION_IDS = { approve: 'review_approve', edit: 'review_edit', reject: 'review_reject', ask: 'review_ask' } as const;

export interface RenderedReviewCard {
  /** The notification and fallback text. */
  text: string;
  blocks: types.KnownBlock[];
  attachments: types.MessageAttachment[];
}

/** The history entry that tells who took a final decision. */
const DECIDING_ACTION: Partial<Record<ReviewStatus, ReviewHistoryAction>> = { approved: 'approved', rejected: 'rejected', closed: 'outcome' };

/**
 * A case as a Slack message, in the market's language and time zone. It shows the client's
 * first name and the case number only: a phone or licence number never reaches the channel.
 */
export function renderReviewCard({ card }: { card: ReviewCard }): RenderedReviewCard {
  const { defaultLanguage: language, timeZone } = MARKETS[card.market];
  const client = card.clientFirstName ? card.clientFirstName : translate(language, 'slack.card.clientUnknown');
  const title = translate(language, 'slack.card.title', { caseNumber: card.caseNumber, client });
  const urgent = card.urgent ? `${card.onDutyUserId ? `<@${card.onDutyUserId}> ` : ''}${translate(language, 'slack.card.urgent')}` : null;

  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } }];
  if (urgent) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: urgent } });
  blocks.push(...toSectionBlocks({ text: card.ticketLine }));
  blocks.push({ type: 'divider' }, ...renderCardAnalysis({ card, language }), { type: 'divider' });
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: translate(language, 'slack.card.draft', { version: card.draft.version, hash: card.draft.sha256.slice(0, 12) }) },
  });
  blocks.push(...toSectionBlocks({ text: card.draft.text }));
  const followUp = [hearingLine(card, language), outcomeLine(card, language)].filter((line): line is string => line !== null);
  if (followUp.length > 0) blocks.push({ type: 'divider' }, ...toSectionBlocks({ text: followUp.join('\n'), markup: true }));
  if (card.history.length > 0) {
    const lines = card.history.map((entry) => renderHistoryLine({ entry, language, timeZone }));
    blocks.push(...toSectionBlocks({ text: [translate(language, 'slack.card.history'), ...lines].join('\n'), markup: true }));
  }
  blocks.push(card.status === 'pending' || card.status === 'question' ? actionsBlock(card, language) : decisionBlock(card, language, timeZone));

  const summary = `${escapeSlackText(title)}: ${escapeSlackText(card.ticketLine)}`;
  return {
    text: urgent ? `${urgent} · ${summary}` : summary,
    blocks,
    attachments: [renderCardDeadline({ card, language })],
  };
}

function actionsBlock(card: ReviewCard, language: Language): types.ActionsBlock {
  const button = (actionId: string, key: 'slack.button.approve' | 'slack.button.edit' | 'slack.button.reject' | 'slack.button.ask', style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text: translate(language, key) },
    value: card.reviewId,
    ...(style ? { style } : {}),
  });
  return {
    type: 'actions',
    block_id: 'review_actions',
    elements: [
      button(REVIEW_ACTION_IDS.approve, 'slack.button.approve', 'primary'),
      button(REVIEW_ACTION_IDS.edit, 'slack.button.edit'),
      // No confirm dialog: Reject opens a modal that asks for the reason.
      button(REVIEW_ACTION_IDS.reject, 'slack.button.reject', 'danger'),
      button(REVIEW_ACTION_IDS.ask, 'slack.button.ask'),
    ],
  };
}

/** Once decided, the buttons give way to who decided and when. */
function decisionBlock(card: ReviewCard, language: Language, timeZone: string): types.ContextBlock {
  const action = DECIDING_ACTION[card.status];
  const entry = action ? [...card.history].reverse().find((candidate) => candidate.action === action) : undefined;
  const text = entry ? renderHistoryLine({ entry, language, timeZone }) : translate(language, `slack.status.${card.status}`);
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 3000) }] };
}

function hearingLine(card: ReviewCard, language: Language): string | null {
  if (!card.hearing) return null;
  const { at, timeZone, court, room } = card.hearing;
  const vars = { when: formatSlackInstant({ at, timeZone }), court: escapeSlackText(court) };
  return room ? translate(language, 'slack.card.hearingRoom', { ...vars, room: escapeSlackText(room) }) : translate(language, 'slack.card.hearing', vars);
}

function outcomeLine(card: ReviewCard, language: Language): string | null {
  if (!card.outcome) return null;
  const { outcome, points, fineCents } = card.outcome;
  const parts = [translate(language, 'slack.card.outcome', { outcome: translate(language, `slack.outcome.${outcome}`) })];
  if (points !== null) parts.push(translate(language, 'slack.card.outcomePoints', { points }));
  if (fineCents !== null) parts.push(translate(language, 'slack.card.outcomeFine', { fine: formatMoney(language, fineCents, MARKETS[card.market].currency) }));
  return parts.join(' · ');
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
