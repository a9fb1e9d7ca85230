import type { BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { translate } from '../../i18n/translate.js';
import { pickCardLanguage } from './pick-card-language.js';
import { renderEditModal } from './render-edit-modal.js';
import { renderReasonModal } from './render-reason-modal.js';
import { REVIEW_ACTION_IDS } from './render-review-card.js';
import { reportReviewResult } from './report-review-result.js';
import { slackActor, type ReviewHandlerContext } from './review-handler-context.js';
import { tellLawyer } from './tell-lawyer.js';

interface Click {
  body: BlockAction<ButtonAction>;
  action: ButtonAction;
  client: webApi.WebClient;
}

/** The card's buttons. Each acks first (Slack waits 3 s), then checks the clicker is a lawyer. */
export function registerReviewActions(context: ReviewHandlerContext): void {
  const { app, reviews, directory, channels, logger } = context;

  function listen(actionId: string, handle: (click: Click & { reviewId: string; user: string; channel: string | undefined }) => Promise<void>) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const user = body.user.id;
      const channel = body.channel?.id;
      const language = pickCardLanguage({ channel, channels });
      try {
        if (!(await directory.isLawyer(user))) {
          await tellLawyer({ client, channel, user, text: translate(language, 'slack.refusal.notLawyer'), logger });
          return;
        }
        await handle({ body, action, client, reviewId: action.value ?? '', user, channel });
      } catch (err) {
        logger.error({ err, actionId }, 'slack: review action failed');
        await tellLawyer({ client, channel, user, text: translate(language, 'slack.error.generic'), logger });
      }
    });
  }

  listen(REVIEW_ACTION_IDS.approve, async ({ client, reviewId, user, channel }) => {
    const result = await reviews.approve({ reviewId, actor: slackActor(user) });
    await reportReviewResult({ context, client, result, action: 'approved', user, channel, language: pickCardLanguage({ channel, channels }) });
  });

  listen(REVIEW_ACTION_IDS.edit, async ({ body, client, reviewId, user, channel }) => {
    // The modal starts from the current draft, and its version travels with it to catch a concurrent edit.
    const card = await reviews.card(reviewId);
    if (!card) {
      await tellLawyer({ client, channel, user, text: translate(pickCardLanguage({ channel, channels }), 'slack.result.notFound'), logger });
      return;
    }
    const language = pickCardLanguage({ market: card.market, channels });
    await client.views.open({ trigger_id: body.trigger_id, view: renderEditModal({ card, language, channel: card.slack?.channel ?? channel ?? null }) });
  });

  for (const kind of ['reject', 'ask'] as const) {
    listen(REVIEW_ACTION_IDS[kind], async ({ body, client, reviewId, channel }) => {
      const language = pickCardLanguage({ channel, channels });
      await client.views.open({ trigger_id: body.trigger_id, view: renderReasonModal({ kind, reviewId, language, channel: channel ?? null }) });
    });
  }
}

