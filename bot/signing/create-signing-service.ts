import type { Language } from '../../i18n/languages.js';
import type { PrismaClient, SignatureRequest } from '../../prisma/generated/client.js';
import type { MandateDocument } from '../../signing/mandates/mandate-facts.js';
import { sha256Hex } from '../../signing/sha256-hex.js';
import type { DocumentStore } from '../../signing/storage/document-store.js';
import { translate } from '../../i18n/translate.js';
import type { SigningPageView } from '../http/signing-page-view.js';
import type { SignedFileCheck } from '../http/staff-port.js';
import type { Logger } from '../logging/create-logger.js';
import type { EmailSender } from '../runtime/ports.js';
import { describeCodeDestination } from './describe-code-destination.js';
import { readSignatureMark } from './read-signature-mark.js';
import { type RequestMeta, recordSignatureEvent } from './record-signature-event.js';
import { sendSigningCode } from './send-signing-code.js';
import { signMandate } from './sign-mandate.js';
import { signingRequestStep } from './signing-request-state.js';
import type { SigningSettings } from './signing-settings.js';
import { toSigningPageDocument } from './to-signing-page-document.js';
import { verifySigningCode } from './verify-signing-code.js';

export interface SigningServiceOptions {
  prisma: PrismaClient;
  documents: DocumentStore;
  settings: SigningSettings;
  /** Key of the codes' HMAC (derived from the data encryption key). */
  codeKey: Buffer;
  /** Absent when email is off: codes go to the chat only. */
  emailSender?: EmailSender;
  publicBaseUrl: string;
  logger: Logger;
  now: () => Date;
  /** A code was queued in the outbox: send it now. */
  onMessageQueued: () => void;
  /** A MANDATE.* event or an email fell due: wake the scheduler and the email outbox. */
  onRecorded: () => void;
}

export interface SigningService {
  /** GET /sign/:token — the step the request is at. Opening it signs nothing; it is recorded as a view. */
  openPage(token: string, meta: RequestMeta): Promise<SigningPageView>;
  sendCode(token: string, to: 'chat' | 'email', meta: RequestMeta): Promise<{ redirect: true } | { view: SigningPageView; status: number }>;
  verifyCode(token: string, code: string, meta: RequestMeta): Promise<{ redirect: true } | { view: SigningPageView; status: number }>;
  sign(token: string, form: { method?: string; signature?: string; typedName?: string; consent?: string }, meta: RequestMeta): Promise<{ view: SigningPageView; status: number }>;
  /** The mandate as shown, before signing (while the link is open). */
  readUnsignedPdf(token: string): Promise<Uint8Array | null>;
  /** The sealed copy behind the link sent in the chat. */
  readSignedPdf(fileToken: string): Promise<{ pdf: Uint8Array; caseId: string } | null>;
  /** Staff: recompute the stored file's SHA-256. null when unknown or not signed. */
  verifySignedFile(signatureRequestId: string): Promise<SignedFileCheck | null>;
}

// A view is recorded at most this often: reloads are not new readings.
const VIEW_RECORD_INTERVAL_MS = 10 * 60_000;

type PageError = NonNullable<Extract<SigningPageView, { error: unknown }>['error']>;
// Which errors each form step shows.
const STEP_ERRORS = {
  review: ['sendFailed', 'tooSoon'],
  code: ['wrongCode', 'codeExpired'],
  sign: ['signatureMissing', 'consentMissing', 'badSignature'],
} as const satisfies Record<string, readonly PageError[]>;
type StepError<S extends keyof typeof STEP_ERRORS> = (typeof STEP_ERRORS)[S][number];

function errorOn<S extends keyof typeof STEP_ERRORS>(step: S, error: PageError | null): StepError<S> | null {
  return (STEP_ERRORS[step] as readonly PageError[]).find((known) => known === error) ?? null;
}

/** The signing page's logic: the router only parses and renders. */
export function createSigningService(options: SigningServiceOptions): SigningService {
  const { prisma, documents, settings, codeKey, now, logger } = options;
  const log = logger.child({ component: 'signing' });

  const find = (token: string) => prisma.signatureRequest.findUnique({ where: { tokenHash: sha256Hex(token) } });
  const languageOf = (request: SignatureRequest) => request.language as Language;

  /** Where the review step offers to send the code: the conversation's channel, and email when we can send one. */
  async function destinationsOf(request: SignatureRequest): Promise<{ codeDestination: string; emailDestination: string | null }> {
    const language = languageOf(request);
    const conversation = request.conversationId ? await prisma.conversation.findUnique({ where: { id: request.conversationId }, include: { client: true } }) : null;
    const email = options.emailSender ? conversation?.client?.email : null;
    return {
      codeDestination: conversation
        ? describeCodeDestination({ language, via: { kind: 'conversation', channel: conversation.channel, address: conversation.address } })
        : translate(language, 'mandate.codeTo.chat'),
      emailDestination: email ? describeCodeDestination({ language, via: { kind: 'email', address: email } }) : null,
    };
  }

  /** The page for the step the request is at, with `error` when it is one that step shows. */
  async function viewOf(request: SignatureRequest, token: string, error: PageError | null = null): Promise<SigningPageView> {
    const language = languageOf(request);
    const mandate = request.document as unknown as MandateDocument;
    const document = toSigningPageDocument({ document: mandate });
    switch (signingRequestStep(request, now(), settings.verifiedSessionMs)) {
      case 'signed':
        return { step: 'used', language };
      case 'locked':
        return { step: 'locked', language };
      case 'expired':
        return { step: 'expired', language };
      case 'sign':
        return { step: 'sign', language, token, document, signerName: mandate.facts.clientName, error: errorOn('sign', error) };
      case 'code':
        return { step: 'code', language, token, document, sentTo: request.codeSentTo ?? '', triesLeft: settings.maxCodeAttempts - request.failedCodeAttempts, error: errorOn('code', error) };
      case 'review':
        return { step: 'review', language, token, document, ...(await destinationsOf(request)), error: errorOn('review', error) };
    }
  }
  const notFound: SigningPageView = { step: 'notFound', language: 'fr' };

  return {
    async openPage(token, meta) {
      const request = await find(token);
      if (!request) return notFound;
      const at = now();
      if (request.status === 'open' && request.expiresAt > at && (!request.viewedAt || at.getTime() - request.viewedAt.getTime() >= VIEW_RECORD_INTERVAL_MS)) {
        await prisma.$transaction(async (tx) => {
          await tx.signatureRequest.update({ where: { id: request.id }, data: { viewedAt: at } });
          await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'viewed', at, meta });
        });
      }
      return viewOf(request, token);
    },

    async sendCode(token, to, meta) {
      const request = await find(token);
      if (!request) return { view: notFound, status: 404 };
      const step = signingRequestStep(request, now(), settings.verifiedSessionMs);
      if (step !== 'review' && step !== 'code') return { view: await viewOf(request, token), status: 409 };
      const result = await sendSigningCode({ prisma, request, to, meta, codeKey, settings, emailSender: options.emailSender, now: now() });
      if (result.status === 'sent') {
        if (result.messageQueued) options.onMessageQueued();
        return { redirect: true };
      }
      if (result.status === 'too_soon') return step === 'code' ? { redirect: true } : { view: await viewOf(request, token, 'tooSoon'), status: 429 };
      log.warn({ signatureRequestId: request.id, to }, 'signing code could not be sent');
      // Back to the review step, whatever code came before: the driver asks again.
      return { view: await viewOf({ ...request, codeHash: null, codeSentAt: null }, token, 'sendFailed'), status: 502 };
    },

    async verifyCode(token, code, meta) {
      const request = await find(token);
      if (!request) return { view: notFound, status: 404 };
      if (signingRequestStep(request, now(), settings.verifiedSessionMs) !== 'code') return { view: await viewOf(request, token), status: 409 };
      const result = await verifySigningCode({ prisma, request, code: code.trim(), meta, codeKey, settings, now: now() });
      if (result.status === 'verified') return { redirect: true };
      const current = await prisma.signatureRequest.findUniqueOrThrow({ where: { id: request.id } });
      if (result.status === 'locked') {
        options.onRecorded();
        return { view: { step: 'locked', language: languageOf(request) }, status: 423 };
      }
      if (result.status === 'expired') return { view: await viewOf(current, token, 'codeExpired'), status: 410 };
      return { view: await viewOf(current, token, 'wrongCode'), status: 422 };
    },

    async sign(token, form, meta) {
      const request = await find(token);
      if (!request) return { view: notFound, status: 404 };
      if (signingRequestStep(request, now(), settings.verifiedSessionMs) !== 'sign') return { view: await viewOf(request, token), status: 409 };
      if (form.consent !== 'yes') return { view: await viewOf(request, token, 'consentMissing'), status: 422 };
      const read = await readSignatureMark(form);
      if (read.status !== 'ok') return { view: await viewOf(request, token, read.status === 'bad' ? 'badSignature' : 'signatureMissing'), status: 422 };
      const document = request.document as unknown as MandateDocument;
      const result = await signMandate({
        prisma,
        documents,
        request,
        mark: read.mark,
        signerName: read.signerName ?? document.facts.clientName,
        meta,
        publicBaseUrl: options.publicBaseUrl,
        now: now(),
      });
      if (result.status === 'document_changed') {
        log.error({ signatureRequestId: request.id }, 'the stored unsigned mandate no longer matches its SHA-256: not signed');
        return { view: { step: 'expired', language: languageOf(request) }, status: 409 };
      }
      if (result.status === 'already_signed') return { view: { step: 'used', language: languageOf(request) }, status: 409 };
      options.onRecorded();
      log.info({ signatureRequestId: request.id, method: read.mark.method }, 'mandate signed');
      return { view: { step: 'signed', language: languageOf(request), signedPdfUrl: `${options.publicBaseUrl}/signed/${result.fileToken}`, sha256: result.sha256 }, status: 200 };
    },

    async readUnsignedPdf(token) {
      const request = await find(token);
      if (!request || request.status !== 'open' || request.expiresAt <= now()) return null;
      return documents.get(request.unsignedFileKey);
    },

    async readSignedPdf(fileToken) {
      const request = await prisma.signatureRequest.findUnique({ where: { fileToken } });
      if (!request?.signedFileKey) return null;
      const pdf = await documents.get(request.signedFileKey);
      return pdf ? { pdf, caseId: request.caseId } : null;
    },

    async verifySignedFile(signatureRequestId) {
      const request = await prisma.signatureRequest.findUnique({ where: { id: signatureRequestId } });
      if (!request?.signedFileKey || !request.signedSha256 || !request.signedAt) return null;
      const bytes = await documents.get(request.signedFileKey);
      const actualSha256 = bytes ? sha256Hex(bytes) : null;
      return {
        signatureRequestId: request.id,
        caseId: request.caseId,
        storage: documents.kind,
        signedAt: request.signedAt.toISOString(),
        expectedSha256: request.signedSha256,
        actualSha256,
        intact: actualSha256 === request.signedSha256,
      };
    },
  };
}
