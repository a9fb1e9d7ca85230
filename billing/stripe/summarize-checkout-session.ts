import type Stripe from 'stripe';
import type { CheckoutSessionSummary } from './stripe-gateway.js';

const STATUSES = ['open', 'complete', 'expired'] as const;
const PAYMENT_STATUSES = ['paid', 'unpaid', 'no_payment_required'] as const;

/** A value Stripe may add later: we refuse to guess what it means for a payment. */
class UnexpectedCheckoutSessionError extends Error {
  constructor(field: string, value: unknown) {
    super(`Stripe Checkout Session has an unexpected ${field}: ${String(value)}`);
    this.name = 'UnexpectedCheckoutSessionError';
  }
}

function oneOf<T extends string>(allowed: readonly T[], field: string, value: unknown): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UnexpectedCheckoutSessionError(field, value);
}

export interface SummarizeCheckoutSessionOptions {
  session: Stripe.Checkout.Session;
}

/** Stripe's Checkout Session (snake_case, expandable fields) -> what the payment flow reads. */
export function summarizeCheckoutSession({ session }: SummarizeCheckoutSessionOptions): CheckoutSessionSummary {
  const paymentIntent = session.payment_intent;
  const metadata = session.metadata ?? {};
  return {
    id: session.id,
    url: session.url ?? null,
    status: oneOf(STATUSES, 'status', session.status),
    paymentStatus: oneOf(PAYMENT_STATUSES, 'payment_status', session.payment_status),
    amountTotalCents: session.amount_total ?? null,
    currency: session.currency ? session.currency.toUpperCase() : null,
    paymentIntentId: typeof paymentIntent === 'string' ? paymentIntent : (paymentIntent?.id ?? null),
    metadata: {
      ...(metadata.caseId ? { caseId: metadata.caseId } : {}),
      ...(metadata.quoteId ? { quoteId: metadata.quoteId } : {}),
    },
    // customer_details is filled once the client pays; before that only what we prefilled is known.
    customerEmail: session.customer_details?.email ?? session.customer_email ?? null,
    customerName: session.customer_details?.name ?? null,
    expiresAt: new Date(session.expires_at * 1000),
  };
}
