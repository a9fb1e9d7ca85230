import type { CheckoutSessionSummary } from '../../billing/stripe/stripe-gateway.js';
import type { PrismaClient } from '../../prisma/generated/client.js';

export interface SaveCheckoutSessionOptions {
  prisma: PrismaClient;
  quoteId: string;
  session: CheckoutSessionSummary;
}

/** Keeps our copy of a Checkout Session in line with what Stripe last said of it. */
export async function saveCheckoutSession({ prisma, quoteId, session }: SaveCheckoutSessionOptions): Promise<void> {
  await prisma.checkoutSession.upsert({
    where: { id: session.id },
    create: { id: session.id, quoteId, url: session.url, status: session.status, expiresAt: session.expiresAt },
    update: { url: session.url, status: session.status },
  });
}
