import type { types } from '@slack/bolt';
import { CASE_OUTCOMES, type ReviewCard } from '../../bot/reviews/review-port.js';
import { MARKETS } from '../../flows/markets.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { CaseModalMetadata } from './slack-modal-metadata.js';

export const OUTCOME_SUBMIT_CALLBACK_ID = 'record_outcome_submit';
export const OUTCOME_BLOCKS = {
  outcome: { block_id: 'outcome_choice', action_id: 'outcome' },
  points: { block_id: 'outcome_points', action_id: 'points' },
  fine: { block_id: 'outcome_fine', action_id: 'fine' },
} as const;

/** The result of the hearing; for a reduced charge, the new points and fine (in dollars: the handler turns them into cents). */
export function renderOutcomeModal({ card, language, channel }: { card: ReviewCard; language: Language; channel: string | null }): types.ModalView {
  const metadata: CaseModalMetadata = { caseId: card.caseId, channel };
  const label = (key: Parameters<typeof translate>[1], vars = {}) => ({ type: 'plain_text' as const, text: translate(language, key, vars) });
  return {
    type: 'modal',
    callback_id: OUTCOME_SUBMIT_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: label('slack.modal.outcome.title'),
    submit: label('slack.modal.save'),
    close: label('slack.modal.cancel'),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: translate(language, 'slack.modal.case', { caseNumber: card.caseNumber }) }] },
      {
        type: 'input',
        block_id: OUTCOME_BLOCKS.outcome.block_id,
        label: label('slack.modal.outcome.label'),
        element: {
          type: 'static_select',
          action_id: OUTCOME_BLOCKS.outcome.action_id,
          options: CASE_OUTCOMES.map((outcome) => ({ text: label(`slack.outcome.${outcome}`), value: outcome })),
        },
      },
      {
        type: 'input',
        block_id: OUTCOME_BLOCKS.points.block_id,
        optional: true,
        label: label('slack.modal.outcome.points'),
        hint: label('slack.modal.outcome.reducedHint'),
        element: { type: 'number_input', action_id: OUTCOME_BLOCKS.points.action_id, is_decimal_allowed: false, min_value: '0', max_value: '30' },
      },
      {
        type: 'input',
        block_id: OUTCOME_BLOCKS.fine.block_id,
        optional: true,
        label: label('slack.modal.outcome.fine', { currency: MARKETS[card.market].currency }),
        element: { type: 'number_input', action_id: OUTCOME_BLOCKS.fine.action_id, is_decimal_allowed: true, min_value: '0' },
      },
    ],
  };
}
