import Stripe from 'stripe';

/**
 * Test data in Stripe's wire shapes (snake_case JSON, as the API and webhooks send it),
 * after the documented examples: https://docs.stripe.com/api/checkout/sessions/object
 * and https://docs.stripe.com/api/events/object. Ids, amounts and dates are ours.
 */

const CREATED = 1_767_261_600; // 2026-01-01T10:00:00Z

/** A paid-in-CAD Checkout Session for case T911-000123; override any field. */
export function checkoutSessionFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cs_test_a1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuVwXyZ0123456789AbCdEf',
    object: 'checkout.session',
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: 49_900,
    amount_total: 57_373,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: 'https://pay.ticket911.example/checkout/cancel?quote=quote-1',
    client_reference_id: 'quote-1',
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: CREATED,
    currency: 'cad',
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_creation: 'if_required',
    customer_details: {
      address: { city: null, country: 'CA', line1: null, line2: null, postal_code: 'H2X 1Y4', state: null },
      email: 'marie.tremblay@example.com',
      name: 'Marie Tremblay',
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    },
    customer_email: 'marie.tremblay@example.com',
    discounts: [],
    expires_at: CREATED + 24 * 60 * 60,
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: {
        account_tax_ids: null,
        custom_fields: null,
        description: null,
        footer: null,
        issuer: null,
        metadata: {},
        rendering_options: null,
      },
    },
    livemode: false,
    locale: 'fr-CA',
    metadata: { caseId: 'case-1', quoteId: 'quote-1', caseNumber: 'T911-000123' },
    mode: 'payment',
    payment_intent: 'pi_3QxYzAbCdEfGhIjK0aBcDeFg',
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: { id: 'pmc_1QxYzAbCdEfGhIjKlMnOpQrS', parent: null },
    payment_method_options: { card: { request_three_d_secure: 'automatic' } },
    payment_method_types: ['card', 'link'],
    payment_status: 'paid',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'complete',
    submit_type: null,
    subscription: null,
    success_url: 'https://pay.ticket911.example/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: null,
    ...overrides,
  };
}

export interface StripeEventFixtureOptions {
  id: string;
  /** "checkout.session.completed", "charge.refunded"… */
  type: string;
  /** The object as of the event (data.object). */
  object: Record<string, unknown>;
  /** Unix seconds. */
  created: number;
}

/** A Stripe Event (API v1 snapshot event) wrapping `object`, as delivered to a webhook endpoint. */
export function stripeEventFixture({ id, type, object, created }: StripeEventFixtureOptions): Record<string, unknown> {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}
