import type { Prisma } from '../../prisma/generated/client.js';
import type { Language } from '../../i18n/languages.js';
import type { MessageKey } from '../../i18n/translate.js';

export interface RecordNoticeEmailOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  language: Language;
  key: MessageKey;
  vars: Record<string, string | number>;
  now: Date;
}

/**
 * The chat's words by email too, for a client who gave an address: the
 * email outbox sends it (template `notice`, rendered at send time from the
 * catalog key). Nothing is queued for a client without one. True when one was.
 */
export async function recordNoticeEmail({ tx, caseId, language, key, vars, now }: RecordNoticeEmailOptions): Promise<boolean> {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { clientId: true, client: { select: { email: true } } } });
  if (!found?.client.email) return false;
  await tx.outboundEmail.create({ data: { clientId: found.clientId, caseId, to: found.client.email, template: 'notice', language, payload: { key, vars }, createdAt: now, nextAttemptAt: now } });
  return true;
}
