import Stripe from 'stripe';
import { isRetryableStripeError } from '../../billing/stripe/is-retryable-stripe-error.js';
import type { CheckoutSessionSummary, StripeGateway } from '../../billing/stripe/stripe-gateway.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import type { BillingSettings } from './billing-settings.js';
import { recordPayment } from './record-payment.js';
import { saveCheckoutSession } from './save-checkout-session.js';

export interface ProcessStripeEventOptions {
  prisma: PrismaClient;
  gateway: StripeGateway;
  event: Stripe.Event;
  billing: BillingSettings;
  publicBaseUrl: string;
  logger: Logger;
  now: Date;
}

export type StripeEventOutcome =
  | 'duplicate'
  | 'ignored'
  | 'paid'
  | 'payment_already_recorded'
  | 'flagged'
  | 'processing'
  | 'failed'
  | 'expired'
  | 'refunded'
  | 'disputed'
  /** Stripe refused the re-fetch for good (a session of another account or mode, a deleted object): retrying cannot help. */
  | 'rejected';

const CHECKOUT_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

/**
 * One Stripe webhook event, processed once (deduplicated on event.id). The
 * payload only says which object changed: the Checkout Session (or the
 * charge) is fetched again from Stripe, so a forged, stale or out-of-order
 * event cannot mark a case paid. Throws when Stripe cannot be reached: the
 * webhook answers 500 and Stripe delivers the event again.
 */
export async function processStripeEvent(options: ProcessStripeEventOptions): Promise<StripeEventOutcome> {
  const { prisma, event, now } = options;
  await prisma.stripeEvent.createMany({ data: [{ id: event.id, type: event.type, status: 'received', receivedAt: now }], skipDuplicates: true });
  const seen = await prisma.stripeEvent.findUnique({ where: { id: event.id } });
  if (seen && seen.status !== 'received') return 'duplicate';

  let outcome: StripeEventOutcome;
  try {
    outcome = await dispatch(options);
  } catch (error) {
    // Answering 500 to a permanent refusal would only bring the same event back for three days.
    if (!(error instanceof Stripe.errors.StripeError) || isRetryableStripeError({ error })) throw error;
    options.logger.warn({ err: error, stripeEvent: event.id, type: event.type }, 'stripe refused the re-fetch: event rejected');
    outcome = 'rejected';
  }
  const status = outcome === 'ignored' || outcome === 'rejected' ? outcome : 'processed';
  await prisma.stripeEvent.update({ where: { id: event.id }, data: { status, processedAt: now } });
  options.logger.info({ stripeEvent: event.id, type: event.type, outcome }, 'stripe event processed');
  return outcome;
}

/** The event's type decides what is fetched again from Stripe and what it means. */
async function dispatch(options: ProcessStripeEventOptions): Promise<StripeEventOutcome> {
  const { event } = options;
  if (CHECKOUT_EVENTS.has(event.type)) {
    const session = await options.gateway.retrieveCheckoutSession((event.data.object as { id: string }).id);
    return applyCheckoutSession({ ...options, session, failed: event.type === 'checkout.session.async_payment_failed' });
  }
  if (event.type === 'charge.refunded' || event.type === 'charge.dispute.created') {
    const object = event.data.object as { id: string; charge?: string | { id: string } };
    const chargeId = event.type === 'charge.refunded' ? object.id : typeof object.charge === 'string' ? object.charge : object.charge?.id;
    return chargeId ? flagChargeProblem({ ...options, chargeId, problem: event.type === 'charge.refunded' ? 'refunded' : 'disputed' }) : 'ignored';
  }
  return 'ignored';
}

export interface ApplyCheckoutSessionOptions extends Omit<ProcessStripeEventOptions, 'event'> {
  session: CheckoutSessionSummary;
  /** The event said an asynchronous payment failed. */
  failed?: boolean;
}

/** What a Checkout Session, as Stripe reports it now, means for its quote (also used by the success page). */
export async function applyCheckoutSession(options: ApplyCheckoutSessionOptions): Promise<StripeEventOutcome> {
  const { prisma, session, now } = options;
  const quoteId = session.metadata.quoteId;
  const quote = quoteId ? await prisma.quote.findUnique({ where: { id: quoteId }, include: { case: { select: { conversationId: true } } } }) : null;
  if (!quote) return 'ignored';
  await saveCheckoutSession({ prisma, quoteId: quote.id, session });
  const conversationId = quote.case.conversationId;
  if (session.paymentStatus === 'paid') {
    const result = await recordPayment({
      prisma,
      quoteId: quote.id,
      method: 'card',
      providerRef: session.paymentIntentId ?? session.id,
      checkoutSessionId: session.id,
      amountCents: session.amountTotalCents ?? 0,
      currency: (session.currency ?? '').toUpperCase(),
      receivedAt: now,
      recordedBy: 'stripe',
      payer: { email: session.customerEmail, name: session.customerName },
      billing: options.billing,
      publicBaseUrl: options.publicBaseUrl,
      now,
    });
    if (result.status === 'recorded') return 'paid';
    if (result.status === 'flagged') return 'flagged';
    return result.status === 'duplicate' ? 'payment_already_recorded' : 'ignored';
  }
  if (session.status === 'expired') return 'expired';
  if (session.status === 'complete' && conversationId) {
    // Complete but unpaid: a bank payment still clearing, or one that failed.
    const type = options.failed ? 'PAYMENT.FAILED' : 'PAYMENT.PROCESSING';
    // Stripe does not order its events: a late "completed" (still unpaid)
    // after the failure must not tell the driver the payment is processing.
    if (!options.failed && (await prisma.scheduledJob.findUnique({ where: { id: `PAYMENT.FAILED:${session.id}` }, select: { id: true } }))) return 'failed';
    await prisma.$transaction((tx) =>
      scheduleConversationEvent({ tx, conversationId, event: { type, caseId: quote.caseId, quoteId: quote.id }, runAt: now, id: `${type}:${session.id}` }),
    );
    return options.failed ? 'failed' : 'processing';
  }
  return 'ignored';
}

interface FlagChargeProblemOptions extends Omit<ProcessStripeEventOptions, 'event'> {
  chargeId: string;
  problem: 'refunded' | 'disputed';
}

/**
 * A refund or a dispute: the payment and its case are flagged for a person.
 * When the payment is not recorded yet (events out of order), it is recorded
 * now in that state, so a late "completed" cannot tell the driver it is paid.
 */
async function flagChargeProblem({ prisma, gateway, chargeId, problem, now }: FlagChargeProblemOptions): Promise<StripeEventOutcome> {
  const paymentIntentId = await gateway.retrieveChargePaymentIntent(chargeId);
  if (!paymentIntentId) return 'ignored';
  let payment = await prisma.payment.findUnique({ where: { providerRef: paymentIntentId } });
  if (!payment) {
    const session = await gateway.findCheckoutSessionByPaymentIntent(paymentIntentId);
    const quote = session?.metadata.quoteId ? await prisma.quote.findUnique({ where: { id: session.metadata.quoteId } }) : null;
    if (!session || !quote) return 'ignored';
    payment = await prisma.payment.upsert({
      where: { providerRef: paymentIntentId },
      create: {
        caseId: quote.caseId,
        quoteId: quote.id,
        method: 'card',
        providerRef: paymentIntentId,
        checkoutSessionId: session.id,
        amountCents: session.amountTotalCents ?? 0,
        currency: (session.currency ?? '').toUpperCase(),
        status: problem,
        receivedAt: now,
        recordedBy: 'stripe',
      },
      update: {},
    });
  }
  await prisma.$transaction(async (tx) => {
    await tx.payment.update({ where: { id: payment.id }, data: { status: problem } });
    if (payment.caseId) {
      await tx.case.update({ where: { id: payment.caseId }, data: { flaggedAt: now, flagReason: `payment_${problem}` } });
      await tx.auditLog.create({ data: { actor: 'stripe', action: `payment.${problem}`, caseId: payment.caseId, details: { paymentId: payment.id }, at: now } });
    }
  });
  return problem;
}
