import type { Conversation, Message, PrismaClient, ScheduledJob } from '../../prisma/generated/client.js';
import type { Language } from '../../i18n/languages.js';
import { renderContestAnalysis } from '../../i18n/render-contest-analysis.js';
import { renderTicketSummary } from '../../i18n/render-ticket-summary.js';
import { formatMoney } from '../../i18n/format-money.js';
import { renderQuote } from '../../i18n/render-quote.js';
import { isMessageKey, translate } from '../../i18n/translate.js';
import { applyTurnEffects, type AppliedEffects } from './apply-turn-effects.js';
import { renderReminderList, type ListedReminder } from '../../reminders/render-reminder-list.js';
import { listScheduledReminders } from '../reminders/list-scheduled-reminders.js';
import { formatCaseNumber } from './format-case-number.js';
import { queueOutboundMessage } from './queue-outbound-message.js';
import type { ConversationTurn } from './run-conversation-turn.js';
import type { TurnEffect } from './turn-effects.js';

const REPLY_KINDS = new Set(['reply', 'replyTicketSummary', 'replyAnalysis', 'replyQuote', 'replyPayment', 'replySignature', 'replyReminders']);
type ReplyEffect = Extract<TurnEffect, { kind: 'reply' | 'replyTicketSummary' | 'replyAnalysis' | 'replyQuote' | 'replyPayment' | 'replySignature' | 'replyReminders' }>;

/** The messages one reply effect becomes: a catalog sentence, the ticket summary, or the analysis (two messages). */
function renderReply(reply: ReplyEffect, vars: Record<string, string>, reminders: ListedReminder[]): { text: string; templateKey: string; templateVars?: Record<string, string> }[] {
  switch (reply.kind) {
    case 'reply': {
      const templateVars = { ...vars, ...stringVars(reply.vars) };
      return [{ text: translate(reply.language, reply.key, templateVars), templateKey: reply.key, templateVars }];
    }
    case 'replyTicketSummary':
      return [{ text: renderTicketSummary(reply.language, reply.summary), templateKey: 'intake.summary' }];
    case 'replyAnalysis':
      return renderContestAnalysis({ language: reply.language, outcome: reply.outcome, caseNumber: vars.caseNumber! }).map((text) => ({ text, templateKey: 'analysis.result' }));
    case 'replyQuote':
      return [{ text: renderQuote({ language: reply.language, variant: reply.variant, offer: reply.offer, caseNumber: vars.caseNumber! }), templateKey: `quote.${reply.variant}` }];
    case 'replyPayment': {
      const { notice } = reply;
      const amount = `${formatMoney(reply.language, notice.amountCents, notice.currency)} ${notice.currency}`;
      const templateVars = { amount, caseNumber: notice.caseNumber, invoiceNumber: notice.invoiceNumber, invoiceUrl: notice.invoiceUrl };
      return [{ text: translate(reply.language, 'payment.received', templateVars), templateKey: 'payment.received', templateVars }];
    }
    case 'replySignature': {
      const templateVars = { url: reply.notice.signedPdfUrl };
      return [{ text: translate(reply.language, 'mandate.signed', templateVars), templateKey: 'mandate.signed', templateVars }];
    }
    case 'replyReminders':
      return [{ text: renderReminderList({ language: reply.language, reminders, optedOut: reply.optedOut }), templateKey: 'reminders.header' }];
  }
}

export type TurnInput = { kind: 'message'; message: Message; media?: unknown } | { kind: 'job'; job: ScheduledJob };

/** Another worker committed this conversation or input first: reload and try again. */
export class TurnConflictError extends Error {
  name = 'TurnConflictError';
}

export interface CommitConversationTurnOptions {
  prisma: PrismaClient;
  conversation: Conversation;
  turn: ConversationTurn;
  input: TurnInput;
  now: Date;
  publicBaseUrl: string;
}

const stringVars = (vars: Record<string, string | number> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(vars ?? {}).map(([key, value]) => [key, String(value)]));

export interface CommittedTurn {
  outboundMessageIds: string[];
  mediaToRemove: string[];
  documentsToRemove: string[];
  queued: AppliedEffects['queued'];
}

/**
 * The one transaction of a turn: new snapshot (guarded by the revision read
 * before the turn), the input marked processed, the effects, and the replies
 * written to the outbox. A crash before COMMIT leaves the input unprocessed
 * and nothing sent; after it, the outbox holds the replies.
 */
export async function commitConversationTurn({ prisma, conversation, turn, input, now, publicBaseUrl }: CommitConversationTurnOptions): Promise<CommittedTurn> {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.conversation.updateMany({
      where: { id: conversation.id, revision: conversation.revision },
      data: {
        snapshot: turn.snapshot as object,
        machineVersion: turn.version,
        revision: { increment: 1 },
        language: turn.context.language,
      },
    });
    if (updated.count !== 1) throw new TurnConflictError('conversation changed during the turn');

    const marked =
      input.kind === 'message'
        ? await tx.message.updateMany({
            where: { id: input.message.id, status: 'received' },
            data: { status: 'processed', processedAt: now, ...(input.media ? { media: input.media as object } : {}) },
          })
        : await tx.scheduledJob.updateMany({ where: { id: input.job.id, status: 'pending' }, data: { status: 'done', updatedAt: now } });
    if (marked.count !== 1) throw new TurnConflictError('input already processed');

    if (turn.restarted) {
      await tx.auditLog.create({ data: { actor: 'system', action: 'conversation.restarted', conversationId: conversation.id, at: now } });
    }

    const applied = await applyTurnEffects({
      tx,
      conversation,
      effects: turn.effects,
      now,
      inboundSeq: input.kind === 'message' ? input.message.seq : undefined,
    });

    // Variables every sentence may use, read once, after the effects (a case opened this turn has its number).
    const replies = turn.effects.filter((effect): effect is ReplyEffect => REPLY_KINDS.has(effect.kind));
    const currentCase =
      replies.length > 0 && turn.context.caseId
        ? await tx.case.findUnique({ where: { id: turn.context.caseId }, select: { number: true, status: true } })
        : null;
    const varsFor = (language: Language): Record<string, string> => {
      const statusKey = `caseStatus.${currentCase?.status ?? 'intake'}`;
      return {
        privacyUrl: `${publicBaseUrl}/privacy`,
        caseNumber: currentCase ? formatCaseNumber(currentCase.number) : '',
        // A status without its own sentence yet reads as "received, under review" rather than failing the turn.
        caseStatus: translate(language, isMessageKey(statusKey) ? statusKey : 'caseStatus.intake'),
      };
    };

    const reminders = replies.some((reply) => reply.kind === 'replyReminders') ? await listScheduledReminders({ tx, conversation, now }) : [];
    const outboundMessageIds: string[] = [];
    for (const reply of replies) {
      for (const message of renderReply(reply, varsFor(reply.language), reminders)) {
        outboundMessageIds.push((await queueOutboundMessage({ tx, conversation, ...message, now })).id);
      }
    }
    return { outboundMessageIds, mediaToRemove: applied.mediaToRemove, documentsToRemove: applied.documentsToRemove, queued: applied.queued };
  });
}
