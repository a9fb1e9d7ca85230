import type { Prisma } from '../../prisma/generated/client.js';

export interface AllocateInvoiceNumberOptions {
  tx: Prisma.TransactionClient;
  year: number;
}

/**
 * The next invoice sequence of the year, inside the caller's transaction.
 * The upsert takes the year's row lock, so concurrent payments queue here;
 * a transaction that rolls back gives its number back with it: no gap, no repeat.
 */
export async function allocateInvoiceNumber({ tx, year }: AllocateInvoiceNumberOptions): Promise<{ sequence: number; number: string }> {
  const [row] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "InvoiceCounter" ("year", "lastSequence") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastSequence" = "InvoiceCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  const sequence = Number(row!.lastSequence);
  return { sequence, number: `${year}-${String(sequence).padStart(6, '0')}` };
}
