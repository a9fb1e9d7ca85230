import type { PrismaClient } from '../../prisma/generated/client.js';
import { openSealedField } from '../security/seal-field.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';

export interface BuildClientExportOptions {
  prisma: PrismaClient;
  clientId: string;
  /** DATA_ENCRYPTION_KEY: sealed fields are opened for their owner. */
  encryptionKey: Buffer;
  now: Date;
}

const unseal = (key: Buffer, field: string, sealed: string | null) => {
  if (!sealed) return null;
  try {
    return openSealedField({ key, field, sealed });
  } catch {
    // A value sealed with an older key: said, not hidden.
    return '(sealed with a key this server no longer has)';
  }
};

/**
 * Everything held about one client (Law 25 s. 27, PIPEDA principle 4.9): their
 * details in clear, each conversation and its transcript, each case with its
 * ticket, analyses, quotes, payments, invoice numbers, mandates and what the
 * lawyer decided, and the audit entries about them. Null when there is no such
 * client or it was erased. Internal secrets (link hashes, codes) are left out.
 */
export async function buildClientExport({ prisma, clientId, encryptionKey, now }: BuildClientExportOptions) {
  const client = await prisma.client.findUnique({ where: { id: clientId } });
  if (!client || client.erasedAt) return null;
  const conversations = await prisma.conversation.findMany({
    where: { clientId },
    orderBy: { createdAt: 'asc' },
    include: { messages: { orderBy: { seq: 'asc' }, select: { direction: true, body: true, media: true, createdAt: true } } },
  });
  const cases = await prisma.case.findMany({
    where: { clientId },
    orderBy: { number: 'asc' },
    include: {
      analyses: { orderBy: { createdAt: 'asc' }, select: { status: true, engine: true, score: true, result: true, createdAt: true } },
      quotes: { orderBy: { createdAt: 'asc' }, select: { status: true, currency: true, feeLines: true, taxes: true, totalCents: true, interacReference: true, expiresAt: true, paidAt: true, createdAt: true } },
      payments: { orderBy: { receivedAt: 'asc' }, select: { id: true, method: true, amountCents: true, currency: true, status: true, receivedAt: true } },
      signatureRequests: { orderBy: { createdAt: 'asc' }, select: { status: true, language: true, templateId: true, createdAt: true, expiresAt: true, events: { orderBy: { at: 'asc' }, select: { kind: true, at: true } } } },
      review: { select: { status: true, decidedAt: true, rejectReason: true, openQuestion: true } },
    },
  });
  const caseIds = cases.map((c) => c.id);
  const invoices = caseIds.length ? await prisma.invoice.findMany({ where: { caseId: { in: caseIds } }, orderBy: { issuedAt: 'asc' }, select: { number: true, caseId: true, issuedAt: true } }) : [];
  const conversationIds = conversations.map((c) => c.id);
  const audit = await prisma.auditLog.findMany({
    where: { OR: [{ clientId }, { conversationId: { in: conversationIds } }, { caseId: { in: caseIds } }] },
    orderBy: { at: 'asc' },
    select: { actor: true, action: true, at: true, caseId: true },
  });
  return {
    generatedAt: now.toISOString(),
    client: {
      id: client.id,
      firstName: client.firstName,
      email: client.email,
      phone: client.phone,
      language: client.language,
      licenceNumber: unseal(encryptionKey, 'licenceNumber', client.licenceNumberSealed),
      dateOfBirth: unseal(encryptionKey, 'dateOfBirth', client.dateOfBirthSealed),
      createdAt: client.createdAt.toISOString(),
    },
    conversations: conversations.map((c) => ({
      channel: c.channel,
      address: c.address,
      language: c.language,
      consent: c.consent,
      consentAt: c.consentAt?.toISOString() ?? null,
      consentWithdrawnAt: c.consentWithdrawnAt?.toISOString() ?? null,
      optedOut: c.optedOut,
      createdAt: c.createdAt.toISOString(),
      messages: c.messages.map((m) => ({ direction: m.direction, text: m.body, files: Array.isArray(m.media) ? m.media.length : 0, at: m.createdAt.toISOString() })),
    })),
    cases: cases.map((c) => ({
      number: formatCaseNumber(c.number),
      status: c.status,
      jurisdiction: c.jurisdiction,
      ticket: c.ticket,
      respondBy: c.respondBy?.toISOString().slice(0, 10) ?? null,
      hearing: c.hearingAt ? { at: c.hearingAt.toISOString(), court: c.hearingCourt, room: c.hearingRoom } : null,
      outcome: c.outcome ? { outcome: c.outcome, points: c.outcomePoints, fineCents: c.outcomeFineCents } : null,
      closedAt: c.closedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      analyses: c.analyses,
      quotes: c.quotes,
      payments: c.payments,
      invoices: invoices.filter((i) => i.caseId === c.id).map((i) => ({ number: i.number, issuedAt: i.issuedAt.toISOString() })),
      mandates: c.signatureRequests,
      review: c.review,
    })),
    audit: audit.map((a) => ({ actor: a.actor, action: a.action, at: a.at.toISOString(), caseId: a.caseId })),
  };
}
