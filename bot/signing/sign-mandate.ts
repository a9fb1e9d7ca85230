import type { Language } from '../../i18n/languages.js';
import type { PrismaClient, SignatureRequest } from '../../prisma/generated/client.js';
import { sealSignedMandate } from '../../signing/pdf/seal-signed-mandate.js';
import { type SignatureMark, SIGNING_EVENT_KINDS, type SigningTrail } from '../../signing/pdf/signing-trail.js';
import { sha256Hex } from '../../signing/sha256-hex.js';
import type { DocumentStore } from '../../signing/storage/document-store.js';
import { TIME_ZONE_BY_JURISDICTION, type Jurisdiction } from '../../tickets/ticket-schema.js';
import { createLinkToken } from '../payments/random-tokens.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { type RequestMeta, recordSignatureEvent } from './record-signature-event.js';

export interface SignMandateOptions {
  prisma: PrismaClient;
  documents: DocumentStore;
  request: SignatureRequest;
  mark: SignatureMark;
  signerName: string;
  meta: RequestMeta;
  publicBaseUrl: string;
  now: Date;
}

export type SignMandateResult = { status: 'signed'; fileToken: string; sha256: string } | { status: 'already_signed' } | { status: 'document_changed' };


/**
 * Seals the mandate: the stored unsigned PDF (checked against the SHA-256
 * taken when the link was made, so the driver signs what they were shown),
 * the signature placed on it, the certificate page with the trail; stored
 * write-once. Then, in one transaction that only one submit can win: the
 * request signed, the case moved on, the conversation told (MANDATE.SIGNED)
 * and the signed copy emailed when the client gave an address.
 */
export async function signMandate({ prisma, documents, request, mark, signerName, meta, publicBaseUrl, now }: SignMandateOptions): Promise<SignMandateResult> {
  const unsigned = await documents.get(request.unsignedFileKey);
  if (!unsigned || sha256Hex(unsigned) !== request.documentSha256) return { status: 'document_changed' };

  const history = await prisma.signatureEvent.findMany({ where: { signatureRequestId: request.id }, orderBy: { at: 'asc' } });
  const events: SigningTrail['events'] = [
    ...history.flatMap((event) => {
      const kind = SIGNING_EVENT_KINDS.find((known) => known === event.kind);
      return kind ? [{ kind, at: event.at.toISOString(), ip: event.ip, userAgent: event.userAgent }] : [];
    }),
    { kind: 'signed', at: now.toISOString(), ip: meta.ip, userAgent: meta.userAgent },
  ];
  const language = request.language as Language;
  const sealed = await sealSignedMandate({
    unsignedPdf: unsigned,
    signatureBox: request.signatureBox as unknown as Parameters<typeof sealSignedMandate>[0]['signatureBox'],
    signature: mark,
    trail: {
      signatureRequestId: request.id,
      documentSha256: request.documentSha256,
      signerName,
      method: mark.method,
      codeSentTo: request.codeSentTo ?? '',
      events,
      timeZone: TIME_ZONE_BY_JURISDICTION[request.jurisdiction as Jurisdiction],
      language,
    },
  });
  const signedSha256 = sha256Hex(sealed.pdf);
  const signedFileKey = request.unsignedFileKey.replace(/unsigned\.pdf$/, 'signed.pdf');
  try {
    await documents.put({ key: signedFileKey, bytes: sealed.pdf, contentType: 'application/pdf' });
  } catch (error) {
    // A second submit lost the race: the first one's file is there, with its own time.
    const current = await prisma.signatureRequest.findUnique({ where: { id: request.id }, select: { status: true } });
    if (current?.status === 'signed') return { status: 'already_signed' };
    throw error;
  }

  const fileToken = createLinkToken();
  const signed = await prisma.$transaction(async (tx) => {
    const won = await tx.signatureRequest.updateMany({
      where: { id: request.id, status: 'open', codeVerifiedAt: { not: null } },
      data: { status: 'signed', signedAt: now, method: mark.method, signerName, signedFileKey, signedSha256, signedDocumentSha256: sealed.signedDocumentSha256, fileToken },
    });
    if (won.count !== 1) return false;
    await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'signed', at: now, meta, details: { method: mark.method, signedSha256 } });
    const found = await tx.case.update({ where: { id: request.caseId }, data: { status: 'signed' }, include: { client: true } });
    // The chat never asks for a name; the signature gives one. The lawyer's card greets the client by it.
    const givenName = signerName.trim().split(/\s+/)[0];
    if (!found.client.firstName && givenName) await tx.client.update({ where: { id: found.clientId }, data: { firstName: givenName } });
    await tx.auditLog.create({
      data: { actor: 'driver', action: 'mandate.signed', caseId: request.caseId, clientId: found.clientId, conversationId: request.conversationId, details: { signatureRequestId: request.id, method: mark.method }, at: now },
    });
    const signedPdfUrl = `${publicBaseUrl}/signed/${fileToken}`;
    if (request.conversationId) {
      await scheduleConversationEvent({
        tx,
        conversationId: request.conversationId,
        event: { type: 'MANDATE.SIGNED', caseId: request.caseId, signatureRequestId: request.id, signedPdfUrl },
        runAt: now,
        id: `mandate-signed:${request.id}`,
      });
    }
    if (found.client.email) {
      await tx.outboundEmail.create({
        data: { clientId: found.clientId, caseId: request.caseId, to: found.client.email, template: 'signedMandate', language, signatureRequestId: request.id },
      });
    }
    return true;
  });
  return signed ? { status: 'signed', fileToken, sha256: signedSha256 } : { status: 'already_signed' };
}
