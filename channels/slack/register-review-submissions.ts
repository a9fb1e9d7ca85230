import type { ViewOutput, ViewSubmitAction, webApi } from '@slack/bolt';
import type { ReviewHistoryAction } from '../../bot/reviews/review-port.js';
import type { Language } from '../../i18n/languages.js';
import { translate, type MessageKey } from '../../i18n/translate.js';
import { escapeSlackText } from './escape-slack-text.js';
import { pickCardLanguage } from './pick-card-language.js';
import { readHearingSubmission, readOutcomeSubmission } from './read-case-submissions.js';
import { EDIT_BLOCK_ID, EDIT_SUBMIT_CALLBACK_ID, readEditedDraft } from './render-edit-modal.js';
import { HEARING_BLOCKS, HEARING_SUBMIT_CALLBACK_ID } from './render-hearing-modal.js';
import { OUTCOME_BLOCKS, OUTCOME_SUBMIT_CALLBACK_ID } from './render-outcome-modal.js';
import { ASK_SUBMIT_CALLBACK_ID, REASON_ACTION_ID, REASON_BLOCK_ID, REJECT_SUBMIT_CALLBACK_ID } from './render-reason-modal.js';
import { reportReviewResult } from './report-review-result.js';
import { slackActor, type ReviewHandlerContext } from './review-handler-context.js';
import { anyModalMetadataSchema, caseModalMetadataSchema, readModalMetadata, reviewModalMetadataSchema } from './slack-modal-metadata.js';
import { tellLawyer } from './tell-lawyer.js';

interface Submission {
  view: ViewOutput;
  user: string;
  channel: string | null;
  language: Language;
  client: webApi.WebClient;
}
/** Errors to show in the modal (block_id → catalog key), or the work to do once Slack has its ack. */
type Decision = { errors: Record<string, MessageKey> } | { run: () => Promise<void> };

/**
 * Modal submissions. Everything that can be refused is checked BEFORE ack, because only the ack
 * can show an error in the modal; after it, the lawyer hears back by an ephemeral line.
 */
export function registerReviewSubmissions(context: ReviewHandlerContext): void {
  const { app, reviews, directory, channels, logger } = context;

  function listen(callbackId: string, refusalBlockId: string, decide: (submission: Submission) => Decision) {
    app.view<ViewSubmitAction>(callbackId, async ({ ack, body, view, client }) => {
      const user = body.user.id;
      const channel = readModalMetadata(anyModalMetadataSchema, view.private_metadata)?.channel ?? null;
      const language = pickCardLanguage({ channel, channels });
      const errors = (keys: Record<string, MessageKey>) =>
        ack({ response_action: 'errors', errors: Object.fromEntries(Object.entries(keys).map(([block, key]) => [block, translate(language, key)])) });
      let decision: Decision;
      try {
        decision = (await directory.isLawyer(user)) ? decide({ view, user, channel, language, client }) : { errors: { [refusalBlockId]: 'slack.refusal.notLawyer' } };
      } catch (err) {
        logger.error({ err, callbackId }, 'slack: modal submission could not be checked');
        decision = { errors: { [refusalBlockId]: 'slack.error.generic' } };
      }
      if ('errors' in decision) return errors(decision.errors);
      await ack();
      try {
        await decision.run();
      } catch (err) {
        logger.error({ err, callbackId }, 'slack: modal submission failed');
        await tellLawyer({ client, channel, user, text: translate(language, 'slack.error.generic'), logger });
      }
    });
  }

  const textOf = (view: ViewOutput, blockId: string, actionId: string) => view.state.values[blockId]?.[actionId]?.value ?? '';

  listen(EDIT_SUBMIT_CALLBACK_ID, EDIT_BLOCK_ID, ({ view, user, channel, language, client }) => {
    const metadata = readModalMetadata(reviewModalMetadataSchema, view.private_metadata);
    if (!metadata || metadata.baseVersion === undefined) return brokenMetadata(EDIT_BLOCK_ID);
    const { reviewId, baseVersion, separators } = metadata;
    const text = readEditedDraft({ values: view.state.values, separators });
    if (text.trim() === '') return { errors: { [EDIT_BLOCK_ID]: 'slack.error.emptyDraft' } };
    return {
      run: async () => {
        const result = await reviews.edit({ reviewId, actor: slackActor(user), text, baseVersion });
        await reportReviewResult({ context, client, result, action: 'edited', user, channel, language });
      },
    };
  });

  const reasonModals: [string, ReviewHistoryAction, MessageKey][] = [
    [REJECT_SUBMIT_CALLBACK_ID, 'rejected', 'slack.error.emptyReason'],
    [ASK_SUBMIT_CALLBACK_ID, 'asked', 'slack.error.emptyQuestion'],
  ];
  for (const [callbackId, action, emptyError] of reasonModals) {
    listen(callbackId, REASON_BLOCK_ID, ({ view, user, channel, language, client }) => {
      const metadata = readModalMetadata(reviewModalMetadataSchema, view.private_metadata);
      if (!metadata) return brokenMetadata(REASON_BLOCK_ID);
      const text = textOf(view, REASON_BLOCK_ID, REASON_ACTION_ID).trim();
      if (text === '') return { errors: { [REASON_BLOCK_ID]: emptyError } };
      const actor = slackActor(user);
      return {
        run: async () => {
          const result =
            action === 'rejected'
              ? await reviews.reject({ reviewId: metadata.reviewId, actor, reason: text })
              : await reviews.ask({ reviewId: metadata.reviewId, actor, question: text });
          await reportReviewResult({ context, client, result, action, user, channel, language });
        },
      };
    });
  }

  listen(HEARING_SUBMIT_CALLBACK_ID, HEARING_BLOCKS.court.block_id, ({ view, user, channel, language, client }) => {
    const metadata = readModalMetadata(caseModalMetadataSchema, view.private_metadata);
    if (!metadata) return brokenMetadata(HEARING_BLOCKS.court.block_id);
    const hearing = readHearingSubmission(view.state.values);
    if (!hearing.ok) return { errors: hearing.errors };
    return {
      run: async () => {
        const result = await reviews.recordHearing({ caseId: metadata.caseId, actor: slackActor(user), hearing: hearing.value });
        if (result.kind === 'invalid') return invalid(client, channel, user, language, result.message);
        await reportReviewResult({ context, client, result, action: 'hearing', user, channel, language });
      },
    };
  });

  listen(OUTCOME_SUBMIT_CALLBACK_ID, OUTCOME_BLOCKS.outcome.block_id, ({ view, user, channel, language, client }) => {
    const metadata = readModalMetadata(caseModalMetadataSchema, view.private_metadata);
    if (!metadata) return brokenMetadata(OUTCOME_BLOCKS.outcome.block_id);
    const outcome = readOutcomeSubmission(view.state.values);
    if (!outcome.ok) return { errors: outcome.errors };
    return {
      run: async () => {
        const result = await reviews.recordOutcome({ caseId: metadata.caseId, actor: slackActor(user), outcome: outcome.value });
        if (result.kind === 'invalid') return invalid(client, channel, user, language, result.message);
        await reportReviewResult({ context, client, result, action: 'outcome', user, channel, language });
      },
    };
  });

  /** Our own metadata did not parse: a modal from an older deployment, or a forged one. */
  function brokenMetadata(blockId: string): Decision {
    logger.warn('slack: modal submission with unreadable private_metadata');
    return { errors: { [blockId]: 'slack.error.generic' } };
  }

  /** The port refused after the ack (a rule the modal could not check): the lawyer reads why. */
  async function invalid(client: webApi.WebClient, channel: string | null, user: string, language: Language, message: string) {
    await tellLawyer({ client, channel, user, text: translate(language, 'slack.error.notRecorded', { reason: escapeSlackText(message) }), logger });
  }
}
