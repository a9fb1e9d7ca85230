import type { types } from '@slack/bolt';
import type { ReviewCard } from '../../bot/reviews/review-port.js';
import { MARKETS } from '../../flows/markets.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { formatSlackInstant } from './format-slack-instant.js';
import type { CaseModalMetadata } from './slack-modal-metadata.js';

export const HEARING_SUBMIT_CALLBACK_ID = 'record_hearing_submit';
export const HEARING_BLOCKS = {
  date: { block_id: 'hearing_date', action_id: 'date' },
  time: { block_id: 'hearing_time', action_id: 'time' },
  court: { block_id: 'hearing_court', action_id: 'court' },
  room: { block_id: 'hearing_room', action_id: 'room' },
} as const;

/**
 * Date and time of the hearing as written on the court notice, in the court's zone (the label
 * says which): the runtime turns them into an instant, the lawyer's own Slack zone plays no part.
 */
export function renderHearingModal({ card, language, channel }: { card: ReviewCard; language: Language; channel: string | null }): types.ModalView {
  const metadata: CaseModalMetadata = { caseId: card.caseId, channel };
  const known = card.hearing ? formatSlackInstant({ at: card.hearing.at, timeZone: card.hearing.timeZone }).split(' ') : null;
  const label = (key: Parameters<typeof translate>[1], vars = {}) => ({ type: 'plain_text' as const, text: translate(language, key, vars) });
  return {
    type: 'modal',
    callback_id: HEARING_SUBMIT_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: label('slack.modal.hearing.title'),
    submit: label('slack.modal.save'),
    close: label('slack.modal.cancel'),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: translate(language, 'slack.modal.case', { caseNumber: card.caseNumber }) }] },
      {
        type: 'input',
        block_id: HEARING_BLOCKS.date.block_id,
        label: label('slack.modal.hearing.date'),
        element: { type: 'datepicker', action_id: HEARING_BLOCKS.date.action_id, ...(known ? { initial_date: known[0] } : {}) },
      },
      {
        type: 'input',
        block_id: HEARING_BLOCKS.time.block_id,
        label: label('slack.modal.hearing.time', { timeZone: MARKETS[card.market].timeZone }),
        element: { type: 'timepicker', action_id: HEARING_BLOCKS.time.action_id, ...(known ? { initial_time: known[1] } : {}) },
      },
      {
        type: 'input',
        block_id: HEARING_BLOCKS.court.block_id,
        label: label('slack.modal.hearing.court'),
        element: { type: 'plain_text_input', action_id: HEARING_BLOCKS.court.action_id, max_length: 200, ...(card.hearing ? { initial_value: card.hearing.court } : {}) },
      },
      {
        type: 'input',
        block_id: HEARING_BLOCKS.room.block_id,
        optional: true,
        label: label('slack.modal.hearing.room'),
        element: { type: 'plain_text_input', action_id: HEARING_BLOCKS.room.action_id, max_length: 50, ...(card.hearing?.room ? { initial_value: card.hearing.room } : {}) },
      },
    ],
  };
}
