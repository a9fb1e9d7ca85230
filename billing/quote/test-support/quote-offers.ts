import type { QuoteOffer } from '../quote-offer.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A Quebec quote as the quoteCase actor returns it: $199 fee, GST 5 % + QST 9.975 %, card link and Interac. */
export const QC_QUOTE_OFFER: QuoteOffer = {
  quoteId: '5f0b8a52-4d4e-4c1e-9a3e-2d1f6b7c8a90',
  caseId: 'case-1',
  quote: {
    currency: 'CAD',
    feeCents: 19900,
    taxes: [
      { name: 'GST', rate: '5', amountCents: 995 },
      { name: 'QST', rate: '9.975', amountCents: 1985 },
    ],
    totalCents: 22880,
    feeLines: [{ code: 'base', amountCents: 19900 }],
    taxRegion: 'QC',
    pricingVersion: 'test-grid',
  },
  payToken: 'payTokenQc1',
  payUrl: 'https://ticket911.example/pay/payTokenQc1',
  interac: { email: 'paiements@ticket911.example', reference: 'T911-7KQ4-M2XD' },
  expiresAt: '2026-11-28T15:00:00.000Z',
  reminderInMs: DAY_MS,
  expiresInMs: 7 * DAY_MS,
};
