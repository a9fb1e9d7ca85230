import type Stripe from 'stripe';
import type { Language } from '../../i18n/languages.js';
import type { CheckoutSessionRequest } from './stripe-gateway.js';

/**
 * Stripe Checkout's own locales: Canadian French and Latin-American Spanish
 * read closer to our drivers (Quebec, New York) than France's or Spain's.
 */
const CHECKOUT_LOCALES: Record<Language, Stripe.Checkout.SessionCreateParams.Locale> = {
  fr: 'fr-CA',
  en: 'en',
  es: 'es-419',
};

export interface BuildCheckoutSessionParamsOptions {
  request: CheckoutSessionRequest;
}

/**
 * Our checkout request -> POST /v1/checkout/sessions parameters. Deterministic:
 * the same request gives the same parameters, which Stripe's idempotency layer
 * requires when a key is replayed.
 */
export function buildCheckoutSessionParams({ request }: BuildCheckoutSessionParamsOptions): Stripe.Checkout.SessionCreateParams {
  // Both the session and its PaymentIntent carry our ids: refunds and disputes name only the charge.
  const metadata = { caseId: request.caseId, quoteId: request.quoteId, caseNumber: request.caseNumber };
  return {
    mode: 'payment',
    line_items: request.lineItems.map((line) => ({
      quantity: 1,
      price_data: {
        currency: request.currency.toLowerCase(),
        unit_amount: line.amountCents,
        product_data: { name: line.name },
      },
    })),
    client_reference_id: request.quoteId,
    metadata,
    payment_intent_data: { metadata, description: request.caseNumber },
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    expires_at: Math.floor(request.expiresAt.getTime() / 1000),
    locale: CHECKOUT_LOCALES[request.language],
    ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
    // No payment_method_types: the Dashboard's payment methods apply (dynamic payment methods).
    customer_creation: 'if_required',
  };
}
