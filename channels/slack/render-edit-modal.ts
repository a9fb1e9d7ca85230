import type { types } from '@slack/bolt';
import type { ReviewCard } from '../../bot/reviews/review-port.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { ReviewModalMetadata } from './slack-modal-metadata.js';
import { splitSlackText } from './split-slack-text.js';

export const EDIT_SUBMIT_CALLBACK_ID = 'review_edit_submit';
export const EDIT_BLOCK_ID = 'draft';
export const EDIT_ACTION_ID = 'draft_input';
/** Slack's ceiling for a plain_text_input. */
export const EDIT_MAX_LENGTH = 3000;

/** The block of part i (0-based): the first keeps the plain id older modals used. */
export const editBlockId = (part: number) => (part === 0 ? EDIT_BLOCK_ID : `${EDIT_BLOCK_ID}_${part + 1}`);

/**
 * The draft in text boxes. One box holds 3000 characters: a longer draft is
 * cut at line breaks (or spaces) into several boxes, and what joined them is
 * kept in the modal's metadata, so saving an untouched modal gives back the
 * very same text and no lawyer ever trims a draft without knowing.
 */
export function renderEditModal({ card, language, channel }: { card: ReviewCard; language: Language; channel: string | null }): types.ModalView {
  const { text, version } = card.draft;
  const pieces = text.length > EDIT_MAX_LENGTH ? splitSlackText({ text, limit: EDIT_MAX_LENGTH, markup: true }) : [text];
  // A cut falls after a line break or a space: that character is the separator, not part of the box.
  const separators = pieces.slice(0, -1).map((piece) => (piece.endsWith('\n') ? '\n' : piece.endsWith(' ') ? ' ' : '') as '\n' | ' ' | '');
  const parts = pieces.map((piece, i) => (i < separators.length && separators[i] ? piece.slice(0, -1) : piece));
  const metadata: ReviewModalMetadata = { reviewId: card.reviewId, baseVersion: version, channel, ...(parts.length > 1 ? { separators } : {}) };
  const blocks: types.KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: translate(language, 'slack.modal.edit.context', { caseNumber: card.caseNumber, version }) }] },
  ];
  if (parts.length > 1) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: translate(language, 'slack.modal.edit.tooLong', { length: text.length, limit: EDIT_MAX_LENGTH, parts: parts.length }) },
    });
  }
  parts.forEach((part, i) => {
    blocks.push({
      type: 'input',
      block_id: editBlockId(i),
      optional: i > 0,
      label: {
        type: 'plain_text',
        text: parts.length > 1 ? translate(language, 'slack.modal.edit.part', { part: i + 1, parts: parts.length }) : translate(language, 'slack.modal.edit.label'),
      },
      element: { type: 'plain_text_input', action_id: EDIT_ACTION_ID, multiline: true, max_length: EDIT_MAX_LENGTH, ...(part ? { initial_value: part } : {}) },
    });
  });
  return {
    type: 'modal',
    callback_id: EDIT_SUBMIT_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: translate(language, 'slack.modal.edit.title') },
    submit: { type: 'plain_text', text: translate(language, 'slack.modal.save') },
    close: { type: 'plain_text', text: translate(language, 'slack.modal.cancel') },
    blocks,
  };
}

/** The draft as submitted: every box in order, joined by what separated them. */
export function readEditedDraft({ values, separators = [] }: { values: Record<string, Record<string, { value?: string | null }>>; separators?: readonly string[] }): string {
  const parts = [0, ...separators.map((_, i) => i + 1)].map((i) => values[editBlockId(i)]?.[EDIT_ACTION_ID]?.value ?? '');
  return parts.reduce((text, part, i) => (i === 0 ? part : part === '' ? text : `${text}${separators[i - 1]}${part}`), '');
}
