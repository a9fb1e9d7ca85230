import type { Conversation, Message, PrismaClient, ScheduledJob } from '../../prisma/generated/client.js';
import { isLanguage } from '../../i18n/languages.js';
import { isMessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import { applyTurnEffects } from './apply-turn-effects.js';
import { formatCaseNumber } from './format-case-number.js';
import type { ConversationTurn } from './run-conversation-turn.js';

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

export interface CommittedTurn {
  outboundMessageIds: string[];
  mediaToRemove: string[];
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

    let caseVars: MessageVars | undefined;
    const varsFor = async (language: string): Promise<MessageVars> => {
      if (!caseVars) {
        caseVars = {};
        if (turn.context.caseId) {
          const found = await tx.case.findUnique({ where: { id: turn.context.caseId }, select: { number: true, status: true } });
          if (found) caseVars = { caseNumber: formatCaseNumber(found.number), caseStatusKey: found.status };
        }
      }
      const lang = isLanguage(language) ? language : 'fr';
      const statusKey = `caseStatus.${caseVars.caseStatusKey ?? 'intake'}`;
      // A status without its own sentence yet reads as "in progress" rather than failing the turn.
      const caseStatus = translate(lang, isMessageKey(statusKey) ? statusKey : 'caseStatus.intake');
      return {
        privacyUrl: `${publicBaseUrl}/privacy`,
        caseNumber: caseVars.caseNumber ?? '',
        caseStatus,
      };
    };

    const outboundMessageIds: string[] = [];
    for (const effect of turn.effects) {
      if (effect.kind !== 'reply') continue;
      const vars = await varsFor(effect.language);
      const text = translate(effect.language, effect.key, vars);
      const message = await tx.message.create({
        data: {
          conversationId: conversation.id,
          direction: 'out',
          channel: conversation.channel,
          body: text,
          status: 'queued',
          createdAt: now,
          outbox: {
            create: {
              conversationId: conversation.id,
              channel: conversation.channel,
              templateKey: effect.key,
              templateVars: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])),
              nextAttemptAt: now,
            },
          },
        },
      });
      outboundMessageIds.push(message.id);
    }
    return { outboundMessageIds, mediaToRemove: applied.mediaToRemove };
  });
}
