import type { SignatureRequest } from '../../prisma/generated/client.js';

export type SigningStep = 'review' | 'code' | 'sign' | 'signed' | 'locked' | 'expired';

/**
 * Where a signing request stands, from its row alone: the page shows this
 * step whatever the driver clicked before (a reload, the back button, a
 * second tab), and every POST checks it again.
 */
export function signingRequestStep(request: SignatureRequest, now: Date, verifiedSessionMs: number): SigningStep {
  if (request.status === 'signed') return 'signed';
  if (request.status === 'locked') return 'locked';
  if (request.status !== 'open' || request.expiresAt <= now) return 'expired';
  if (request.codeVerifiedAt && now.getTime() - request.codeVerifiedAt.getTime() <= verifiedSessionMs) return 'sign';
  if (request.codeHash && request.codeSentAt) return 'code';
  return 'review';
}
