import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { renderSignedMandateEmail } from '../../signing/email/render-signed-mandate-email.js';
import type { MandateDocument } from '../../signing/mandates/mandate-facts.js';
import type { DocumentStore } from '../../signing/storage/document-store.js';
import type { EmailRenderer } from '../runtime/create-email-outbox.js';
import { SendError } from '../runtime/ports.js';

export interface CreateSignedMandateEmailRendererOptions {
  prisma: PrismaClient;
  documents: DocumentStore;
  publicBaseUrl: string;
  firmName: string;
}

/** The email outbox's `signedMandate` template: the sealed PDF attached, its link and fingerprint in the text. */
export function createSignedMandateEmailRenderer({ prisma, documents, publicBaseUrl, firmName }: CreateSignedMandateEmailRendererOptions): EmailRenderer {
  return async (row) => {
    const request = row.signatureRequestId ? await prisma.signatureRequest.findUnique({ where: { id: row.signatureRequestId } }) : null;
    if (!request?.signedFileKey || !request.fileToken || !request.signedSha256) throw new SendError('signed mandate email without its signed file', { retryable: false, code: 'mandate_missing' });
    const pdf = await documents.get(request.signedFileKey);
    if (!pdf) throw new SendError('the signed mandate file is missing from the store', { retryable: false, code: 'mandate_file_missing' });
    const language = request.language as Language;
    const document = request.document as unknown as MandateDocument;
    const content = renderSignedMandateEmail({
      language,
      clientName: request.signerName,
      caseNumber: document.facts.caseNumber,
      signedPdfUrl: `${publicBaseUrl}/signed/${request.fileToken}`,
      sha256: request.signedSha256,
      firmName,
    });
    return {
      id: row.id,
      to: row.to,
      ...content,
      attachments: [{ filename: `${translate(language, 'signedEmail.fileName')}-${document.facts.caseNumber}.pdf`, contentType: 'application/pdf', content: Buffer.from(pdf) }],
    };
  };
}
