import type { Prisma } from '../../prisma/generated/client.js';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface RecordSignatureEventOptions {
  tx: Prisma.TransactionClient;
  signatureRequestId: string;
  kind: 'viewed' | 'code_sent' | 'code_failed' | 'code_verified' | 'locked' | 'signed';
  at: Date;
  meta: RequestMeta;
  details?: Prisma.InputJsonValue;
}

/** One line of the signing trail: what, when, from which address and browser. */
export async function recordSignatureEvent({ tx, signatureRequestId, kind, at, meta, details }: RecordSignatureEventOptions): Promise<void> {
  await tx.signatureEvent.create({
    data: { signatureRequestId, kind, at, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 512) ?? null, ...(details ? { details } : {}) },
  });
}
