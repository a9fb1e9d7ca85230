import type { Prisma } from '../../prisma/generated/client.js';
import { eraseClientData, type ErasedClientData } from './erase-client-data.js';

export interface WithdrawConsentOptions {
  tx: Prisma.TransactionClient;
  clientId: string | null;
  conversationId: string;
  now: Date;
}

export interface WithdrawnConsent extends ErasedClientData {
  /** Cases paid or signed: they stay with the firm's lawyers under the mandate. */
  keptCases: number;
  /** Everything was erased, the client included (no case under a mandate). */
  clientErased: boolean;
}

/**
 * WITHDRAW CONSENT: nothing more is done with the driver's data. Every pending
 * job (reminders, nudges, timers) is cancelled. A case paid or signed stays
 * (the mandate, professional obligations); everything else goes exactly as
 * DELETE MY DATA would take it — the whole client when no case is under a mandate.
 */
export async function withdrawConsent({ tx, clientId, conversationId, now }: WithdrawConsentOptions): Promise<WithdrawnConsent> {
  const mandated = clientId
    ? await tx.case.findMany({
        where: { clientId, OR: [{ payments: { some: { status: 'succeeded' } } }, { signatureRequests: { some: { status: 'signed' } } }] },
        select: { id: true },
      })
    : [];
  let erased: ErasedClientData;
  if (mandated.length === 0) {
    erased = await eraseClientData({ tx, clientId, conversationId, now, keepStatistics: false });
  } else {
    const others = await tx.case.findMany({ where: { clientId: clientId!, id: { notIn: mandated.map((c) => c.id) } }, select: { id: true } });
    erased = await eraseClientData({ tx, clientId, conversationId, now, keepStatistics: false, caseIds: others.map((c) => c.id) });
  }
  const conversationIds = clientId
    ? (await tx.conversation.findMany({ where: { OR: [{ clientId }, { id: conversationId }] }, select: { id: true } })).map((c) => c.id)
    : [conversationId];
  await tx.scheduledJob.updateMany({ where: { conversationId: { in: conversationIds }, status: 'pending' }, data: { status: 'cancelled' } });
  await tx.conversation.updateMany({ where: { id: { in: conversationIds } }, data: { consent: 'withdrawn', consentWithdrawnAt: now, handoff: false } });
  return { ...erased, keptCases: mandated.length, clientErased: mandated.length === 0 && clientId !== null };
}
