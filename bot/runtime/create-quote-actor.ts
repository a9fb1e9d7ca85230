import { randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { PricingGrid } from '../../billing/pricing/pricing-grid.js';
import { buildQuote } from '../../billing/quote/build-quote.js';
import type { QuoteOffer } from '../../billing/quote/quote-offer.js';
import type { QuoteCaseInput } from '../../flows/conversation/conversation-machine.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { createInteracReference, createLinkToken } from '../payments/random-tokens.js';

export interface CreateQuoteActorOptions {
  /** The firm's grid, loaded (and validated) once at start. */
  getPricingGrid: () => Promise<PricingGrid>;
  quoteValidDays: number;
  reminderAfterMs: number;
  /** Card link only when Stripe is on. */
  cardPayments: boolean;
  /** The firm's e-Transfer address; Interac is offered for CAD quotes only. */
  interacEmail: string | undefined;
  publicBaseUrl: string;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The machine's quoteCase actor: the grid's price for this ticket, its taxes,
 * and the ways to pay. Nothing is stored here: the quote reaches the database
 * in the turn's transaction (recordQuote), so a crashed turn leaves no orphan.
 */
export function createQuoteActor(options: CreateQuoteActorOptions) {
  return fromPromise<QuoteOffer, QuoteCaseInput>(async ({ input }) => {
    try {
      const quote = buildQuote({
        grid: await options.getPricingGrid(),
        ticket: input.ticket,
        // No deadline known (NY court date not read): no urgent surcharge rather than a guess.
        deadline: input.deadline ?? { daysLeft: null, past: false },
      });
      const payToken = createLinkToken();
      const expiresInMs = options.quoteValidDays * DAY_MS;
      return {
        quoteId: randomUUID(),
        caseId: input.caseId,
        quote,
        payToken,
        payUrl: options.cardPayments ? `${options.publicBaseUrl}/pay/${payToken}` : null,
        interac: quote.currency === 'CAD' && options.interacEmail ? { email: options.interacEmail, reference: createInteracReference() } : null,
        expiresAt: new Date(options.now().getTime() + expiresInMs).toISOString(),
        reminderInMs: options.reminderAfterMs,
        expiresInMs,
      };
    } catch (error) {
      options.logger.error({ err: error, caseId: input.caseId }, 'quote failed');
      options.metrics?.errors.inc({ kind: 'quote' });
      throw error;
    }
  });
}
