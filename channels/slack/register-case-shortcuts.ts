import type { MessageShortcut } from '@slack/bolt';
import { translate } from '../../i18n/translate.js';
import { pickCardLanguage } from './pick-card-language.js';
import { renderHearingModal } from './render-hearing-modal.js';
import { renderOutcomeModal } from './render-outcome-modal.js';
import type { ReviewHandlerContext } from './review-handler-context.js';
import { tellLawyer } from './tell-lawyer.js';

export const CASE_SHORTCUT_CALLBACK_IDS = { hearing: 'record_hearing', outcome: 'record_outcome' } as const;

/** Message shortcuts on a case card: record the hearing, then the outcome, long after the review. */
export function registerCaseShortcuts(context: ReviewHandlerContext): void {
  const { app, reviews, directory, channels, logger } = context;

  for (const kind of ['hearing', 'outcome'] as const) {
    const callbackId = CASE_SHORTCUT_CALLBACK_IDS[kind];
    app.shortcut<MessageShortcut>(callbackId, async ({ ack, body, client }) => {
      await ack();
      const user = body.user.id;
      const channel = body.channel.id;
      const channelLanguage = pickCardLanguage({ channel, channels });
      try {
        if (!(await directory.isLawyer(user))) {
          await tellLawyer({ client, channel, user, text: translate(channelLanguage, 'slack.refusal.notLawyer'), logger });
          return;
        }
        const card = await reviews.cardForMessage({ channel, ts: body.message.ts });
        if (!card) {
          await tellLawyer({ client, channel, user, text: translate(channelLanguage, 'slack.refusal.notACard'), logger });
          return;
        }
        const language = pickCardLanguage({ market: card.market, channels });
        const options = { card, language, channel };
        await client.views.open({ trigger_id: body.trigger_id, view: kind === 'hearing' ? renderHearingModal(options) : renderOutcomeModal(options) });
      } catch (err) {
        logger.error({ err, callbackId }, 'slack: case shortcut failed');
        await tellLawyer({ client, channel, user, text: translate(channelLanguage, 'slack.error.generic'), logger });
      }
    });
  }
}
