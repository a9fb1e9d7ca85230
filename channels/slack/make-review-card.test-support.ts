/** Tests only. */
import type { ReviewCard } from '../../bot/reviews/review-port.js';

/** A pending Ontario card (English), posted in channel CON; override what a test is about. */
export function makeReviewCard(overrides: Partial<ReviewCard> = {}): ReviewCard {
  return {
    reviewId: 'rev-1',
    caseId: 'case-1',
    caseNumber: 'T911-000042',
    market: 'on',
    status: 'pending',
    clientFirstName: 'Marie',
    ticketLine: 'Speeding (62 km/h in a 50 zone) — 2026-11-02, Toronto',
    respondBy: '2026-11-30',
    daysLeft: 12,
    urgent: false,
    score: 64,
    engine: 'claude',
    needsReview: false,
    factors: [
      { label: 'Radar calibration not disclosed', effect: '+', weight: 3 },
      { label: 'Officer notes are detailed', effect: '-', weight: 2 },
    ],
    citations: [{ citation: 'R. v. Jordan, 2016 SCC 27', url: 'https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/16057/index.do' }],
    draft: { version: 1, text: 'I plead not guilty and request disclosure.', sha256: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', createdBy: 'system' },
    history: [{ at: '2026-11-18T15:00:00.000Z', actor: 'system', action: 'posted', detail: null }],
    hearing: null,
    outcome: null,
    onDutyUserId: null,
    slack: { channel: 'CON', ts: '1763478000.000100' },
    ...overrides,
  };
}
