import type { types } from '@slack/bolt';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { ReviewModalMetadata } from './slack-modal-metadata.js';

export const REJECT_SUBMIT_CALLBACK_ID = 'review_reject_submit';
export const ASK_SUBMIT_CALLBACK_ID = 'review_ask_submit';
/** The one input of both modals. */
export const REASON_BLOCK_ID = 'reason';
export const REASON_ACTION_ID = 'reason_input';

export interface RenderReasonModalOptions {
  /** reject: the reason for refusing the case; ask: the question for the client. */
  kind: 'reject' | 'ask';
  reviewId: string;
  language: Language;
  channel: string | null;
}

/** Reject and Ask the client: one required text, told apart by their callback_id. */
export function renderReasonModal({ kind, reviewId, language, channel }: RenderReasonModalOptions): types.ModalView {
  const metadata: ReviewModalMetadata = { reviewId, channel };
  const text = (key: Parameters<typeof translate>[1]) => ({ type: 'plain_text' as const, text: translate(language, key) });
  const reject = kind === 'reject';
  return {
    type: 'modal',
    callback_id: reject ? REJECT_SUBMIT_CALLBACK_ID : ASK_SUBMIT_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: text(reject ? 'slack.modal.reject.title' : 'slack.modal.ask.title'),
    submit: text(reject ? 'slack.modal.reject.submit' : 'slack.modal.ask.submit'),
    close: text('slack.modal.cancel'),
    blocks: [
      {
        type: 'input',
        block_id: REASON_BLOCK_ID,
        label: text(reject ? 'slack.modal.reject.label' : 'slack.modal.ask.label'),
        hint: text(reject ? 'slack.modal.reject.hint' : 'slack.modal.ask.hint'),
        element: { type: 'plain_text_input', action_id: REASON_ACTION_ID, multiline: true, max_length: 2000 },
      },
    ],
  };
}
