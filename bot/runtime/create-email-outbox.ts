import { renderReceiptEmail } from '../../billing/email/render-receipt-email.js';
import type { InvoiceDocument } from '../../billing/invoices/invoice-document.js';
import { renderInvoicePdf } from '../../billing/invoices/render-invoice-pdf.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { type EmailSender, type OutboundEmail, SendError } from './ports.js';
import { createCoalescedRunner } from './create-coalesced-runner.js';
import { planSendRetry } from './plan-send-retry.js';
import { type PollingLoop, startPollingLoop } from './start-polling-loop.js';

export interface EmailOutboxOptions {
  prisma: PrismaClient;
  /** Absent when no email provider is configured: queued emails are marked "off". */
  sender?: EmailSender;
  publicBaseUrl: string;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
  maxAttempts?: number;
  leaseMs?: number;
  pollIntervalMs?: number;
  backoffMs?: (attempt: number) => number;
  /** Templates other than the receipt (e.g. signedMandate, from bot/signing), by OutboundEmail.template. */
  renderers?: Record<string, EmailRenderer>;
}

/** Builds an email from its row at send time (so nothing personal waits in the row but the address). */
export type EmailRenderer = (row: { id: string; to: string; language: string; invoiceId: string | null; signatureRequestId: string | null; payload: unknown }) => Promise<OutboundEmail>;

export interface EmailOutbox {
  kick(): void;
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

const INVOICE_FILE_NAME: Record<string, string> = { fr: 'facture', en: 'invoice', es: 'factura' };

/**
 * Delivers OutboundEmail rows (receipts with their invoice PDF). A row is
 * claimed with a lease before the provider is called; the provider's
 * idempotency key is the row id, so a send repeated after a crash within
 * the lease is not a second email. Retryable failures back off; after
 * maxAttempts the row is dead and staff see it.
 */
export function createEmailOutbox(options: EmailOutboxOptions): EmailOutbox {
  const { prisma, sender, logger, now } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(3_600_000, 30_000 * 2 ** (attempt - 1)));
  let loop: PollingLoop | undefined;

  /** The receipt, with its invoice PDF: the template this outbox was first built for. */
  const renderReceipt: EmailRenderer = async ({ id: emailId, invoiceId, to }) => {
    const invoice = invoiceId ? await prisma.invoice.findUnique({ where: { id: invoiceId } }) : null;
    if (!invoice) throw new SendError('receipt without its invoice', { retryable: false, code: 'invoice_missing' });
    const document = invoice.document as unknown as InvoiceDocument;
    const content = renderReceiptEmail({
      language: document.language,
      clientName: document.client.name,
      caseNumber: document.caseNumber,
      invoiceNumber: document.number,
      totalCents: document.totalCents,
      currency: document.currency,
      paidAt: document.payment.paidAt,
      timeZone: document.timeZone,
      invoiceUrl: `${options.publicBaseUrl}/invoices/${invoice.accessToken}`,
      firmName: document.firm.name,
    });
    const pdf = Buffer.from(await renderInvoicePdf({ invoice: document }));
    return {
      id: emailId,
      to,
      ...content,
      attachments: [{ filename: `${INVOICE_FILE_NAME[document.language] ?? 'invoice'}-${document.number}.pdf`, contentType: 'application/pdf', content: pdf }],
    };
  };
  const renderers: Record<string, EmailRenderer> = { receipt: renderReceipt, ...options.renderers };

  async function deliver(id: string): Promise<void> {
    const at = now();
    const claimed = await prisma.outboundEmail.updateMany({
      where: { id, OR: [{ status: 'pending', nextAttemptAt: { lte: at } }, { status: 'sending', lockedUntil: { lt: at } }] },
      data: { status: 'sending', lockedUntil: new Date(at.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claimed.count !== 1) return;
    const email = await prisma.outboundEmail.findUniqueOrThrow({ where: { id } });
    if (!sender) {
      await prisma.outboundEmail.update({ where: { id }, data: { status: 'off', lockedUntil: null, lastError: 'email_off' } });
      return;
    }
    try {
      const render = renderers[email.template];
      if (!render) throw new SendError(`no renderer for email template ${email.template}`, { retryable: false, code: 'unknown_template' });
      const result = await sender.send(await render(email));
      await prisma.outboundEmail.update({ where: { id }, data: { status: 'sent', providerId: result.providerId, lockedUntil: null, lastError: null } });
      options.metrics?.emailsSent.inc({ status: 'sent' });
      logger.info({ emailId: id, template: email.template }, 'email sent');
    } catch (error) {
      const { dead, code, delayMs: delay } = planSendRetry({ error, attempts: email.attempts, maxAttempts, backoffMs: backoff });
      await prisma.outboundEmail.update({
        where: { id },
        data: { status: dead ? 'dead' : 'pending', lockedUntil: null, lastError: code, nextAttemptAt: new Date(now().getTime() + delay) },
      });
      options.metrics?.emailsSent.inc({ status: dead ? 'dead' : 'retry' });
      logger.warn({ emailId: id, code, attempt: email.attempts, dead }, 'email not sent');
    }
  }

  async function pass(): Promise<number> {
    const at = now();
    const due = await prisma.outboundEmail.findMany({
      where: { OR: [{ status: 'pending', nextAttemptAt: { lte: at } }, { status: 'sending', lockedUntil: { lt: at } }] },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
      take: 20,
    });
    for (const { id } of due) await deliver(id);
    return due.length;
  }

  const runner = createCoalescedRunner({ pass });

  return {
    kick() {
      runner.run().catch((error) => logger.error({ err: error }, 'email outbox pass failed'));
    },
    runOnce: () => runner.run(),
    start() {
      loop = startPollingLoop({ run: () => runner.run(), intervalMs: options.pollIntervalMs ?? 5_000, onError: (error) => logger.error({ err: error }, 'email outbox poll failed') });
    },
    async stop() {
      loop?.stop();
      await runner.settled();
    },
  };
}
