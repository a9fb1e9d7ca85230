import { escapeHtml } from '../../billing/email/escape-html.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { PrismaClient, SignatureRequest } from '../../prisma/generated/client.js';
import { createOneTimeCode } from '../../signing/codes/create-one-time-code.js';
import { hashOneTimeCode } from '../../signing/codes/hash-one-time-code.js';
import type { EmailSender } from '../runtime/ports.js';
import { queueOutboundMessage } from '../runtime/queue-outbound-message.js';
import { describeCodeDestination } from './describe-code-destination.js';
import { maskSpentCodeMessage } from './mask-spent-code-message.js';
import { type RequestMeta, recordSignatureEvent } from './record-signature-event.js';
import type { SigningSettings } from './signing-settings.js';

export interface SendSigningCodeOptions {
  prisma: PrismaClient;
  request: SignatureRequest;
  to: 'chat' | 'email';
  meta: RequestMeta;
  codeKey: Buffer;
  settings: SigningSettings;
  emailSender?: EmailSender;
  now: Date;
}

export type SendSigningCodeResult = { status: 'sent'; messageQueued: boolean } | { status: 'too_soon' } | { status: 'failed' };

/**
 * A new one-time code for the request, replacing any earlier one (whose chat
 * copy is masked). To the chat the link came from, through the outbox, like
 * any reply; or, when the driver chose it, by email at once (not queued: a
 * code must not wait in a table in clear). Only its HMAC is stored.
 */
export async function sendSigningCode({ prisma, request, to, meta, codeKey, settings, emailSender, now }: SendSigningCodeOptions): Promise<SendSigningCodeResult> {
  if (request.codeSentAt && now.getTime() - request.codeSentAt.getTime() < settings.codeResendAfterMs) return { status: 'too_soon' };
  const language = request.language as Language;
  const conversation = request.conversationId ? await prisma.conversation.findUnique({ where: { id: request.conversationId }, include: { client: true } }) : null;
  if (!conversation) return { status: 'failed' };
  const email = conversation.client?.email ?? null;
  if (to === 'email' && (!email || !emailSender)) return { status: 'failed' };

  const code = createOneTimeCode();
  const text = translate(language, 'mandate.code', { code });
  const codeSentTo = describeCodeDestination({
    language,
    via: to === 'email' ? { kind: 'email', address: email! } : { kind: 'conversation', channel: conversation.channel, address: conversation.address },
  });
  if (to === 'email') {
    try {
      await emailSender!.send({ id: `signing-code-${request.id}-${now.getTime()}`, to: email!, subject: text, text, html: `<p>${escapeHtml(text)}</p>`, attachments: [] });
    } catch {
      return { status: 'failed' };
    }
  }
  await prisma.$transaction(async (tx) => {
    await maskSpentCodeMessage({ tx, request, language });
    const message = to === 'chat' ? await queueOutboundMessage({ tx, conversation, text, templateKey: 'mandate.code' }) : null;
    await tx.signatureRequest.update({
      where: { id: request.id },
      data: {
        codeHash: hashOneTimeCode({ key: codeKey, signatureRequestId: request.id, code }),
        codeSentAt: now,
        codeExpiresAt: new Date(now.getTime() + settings.codeValidMs),
        codeSentTo,
        codeMessageId: message?.id ?? null,
        codeVerifiedAt: null,
      },
    });
    await recordSignatureEvent({ tx, signatureRequestId: request.id, kind: 'code_sent', at: now, meta, details: { to: codeSentTo } });
  });
  return { status: 'sent', messageQueued: to === 'chat' };
}
