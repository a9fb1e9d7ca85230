import type { types } from '@slack/bolt';
import type { ReviewCard } from '../../bot/reviews/review-port.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { escapeSlackText } from './escape-slack-text.js';
import { toSectionBlocks } from './to-section-blocks.js';

/** The score, why (factors) and on what authority (citations): what the lawyer checks before approving. */
export function renderCardAnalysis({ card, language }: { card: ReviewCard; language: Language }): types.KnownBlock[] {
  const score = card.score === null ? translate(language, 'slack.card.noScore') : translate(language, 'slack.card.score', { score: card.score });
  const engine = card.engine ? ` · ${translate(language, 'slack.card.engine', { engine: escapeSlackText(card.engine) })}` : '';
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: score + engine } }];
  if (card.needsReview) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: translate(language, 'slack.card.needsReview') } });
  }
  if (card.factors.length > 0) {
    const lines = card.factors.map((factor) => `• ${factor.effect === '+' ? '+' : '−'}${factor.weight} ${escapeSlackText(factor.label)}`);
    blocks.push(...toSectionBlocks({ text: [translate(language, 'slack.card.factors'), ...lines].join('\n'), markup: true }));
  }
  if (card.citations.length > 0) {
    const lines = card.citations.map(({ citation, url }) => `• ${linkTo(url, citation)}`);
    blocks.push(...toSectionBlocks({ text: [translate(language, 'slack.card.citations'), ...lines].join('\n'), markup: true }));
  }
  return blocks;
}

/** `<url|label>`; a character that would end the link early is percent-encoded, a non-web address is not linked. */
function linkTo(url: string, label: string): string {
  const text = escapeSlackText(label).replace(/\|/g, '¦');
  if (!/^https?:\/\//i.test(url)) return text;
  return `<${url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c))}|${text}>`;
}
