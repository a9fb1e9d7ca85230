import type { Language } from '../../i18n/languages.js';
import type { PrismaClient, SignatureRequest } from '../../prisma/generated/client.js';
import { oneTimeCodeMatches } from '../../signing/codes/hash-one-time-code.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { maskSpentCodeMessage } from './mask-spent-code-message.js';
import { type RequestMeta, recordSignatureEvent } from './record-signature-event.js';
import type { SigningSettings } from './signing-settings.js';

export interface VerifySigningCodeOptions {
  prisma: PrismaClient;
  request: SignatureRequest;
  code: string;
  meta: RequestMeta;
  codeKey: Buffer;
  settings: SigningSettings;
  now: Date;
}

export type VerifySigningCodeResult =
  | { status: 'verified' }
  | { status: 'wrong'; triesLeft: number }
  | { status: 'expired' }
  | { status: 'locked' };

/**
 * Checks a typed code. A wrong one counts against the request under a
 * conditional update, so two tabs guessing at once still get five tries in
 * all; the fifth locks the link, masks the code and tells the conversation
 * (MANDATE.LOCKED: the driver is told what to do). A right one is spent.
 */
export async function verifySigningCode({ prisma, request, code, meta, codeKey, settings, now }: VerifySigningCodeOptions): Promise<VerifySigningCodeResult> {
  const language = request.language as Language;
  if (!request.codeHash || !request.codeExpiresAt || request.codeExpiresAt <= now) return { status: 'expired' };
  const right = /^\d{6}$/.test(code) && oneTimeCodeMatches({ key: codeKey, signatureRequestId: request.id, code, expectedHash: request.codeHash });
  return prisma.$transaction(async (tx) => {
    if (right) {
      const spent = await tx.signatureRequest.updateMany({
        where: { id: request.id, status: 'open', codeHash: request.codeHash },
        data: { codeHash: null, codeExpiresAt: null, codeVerifiedAt: now },
      });
      if (spent.count !== 1) return { status: 'expired' as const };
      await maskSpentCodeMessage({ tx, request, language });
      await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'code_verified', at: now, meta });
      return { status: 'verified' as const };
    }
    const counted = await tx.signatureRequest.updateMany({ where: { id: request.id, status: 'open' }, data: { failedCodeAttempts: { increment: 1 } } });
    if (counted.count !== 1) return { status: 'locked' as const };
    const { failedCodeAttempts } = await tx.signatureRequest.findUniqueOrThrow({ where: { id: request.id }, select: { failedCodeAttempts: true } });
    await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'code_failed', at: now, meta, details: { attempt: failedCodeAttempts } });
    if (failedCodeAttempts < settings.maxCodeAttempts) return { status: 'wrong' as const, triesLeft: settings.maxCodeAttempts - failedCodeAttempts };
    const locked = await tx.signatureRequest.updateMany({ where: { id: request.id, status: 'open' }, data: { status: 'locked', lockedAt: now, codeHash: null } });
    if (locked.count === 1) {
      await maskSpentCodeMessage({ tx, request, language });
      await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'locked', at: now, meta });
      await tx.auditLog.create({ data: { actor: 'driver', action: 'mandate.locked', caseId: request.caseId, conversationId: request.conversationId, at: now } });
      if (request.conversationId) {
        await scheduleConversationEvent({
          tx,
          conversationId: request.conversationId,
          event: { type: 'MANDATE.LOCKED', caseId: request.caseId, signatureRequestId: request.id },
          runAt: now,
          id: `mandate-locked:${request.id}`,
        });
      }
    }
    return { status: 'locked' as const };
  });
}
