/** Tests only. */
import type { LawyerReviewPort, ReviewActionResult, ReviewCard, ReviewHistoryAction } from '../../bot/reviews/review-port.js';

export interface FakeReviewPort {
  port: LawyerReviewPort;
  /** Every call, in order: method name and options. */
  calls: { method: keyof LawyerReviewPort; options: unknown }[];
  cards: Map<string, ReviewCard>;
  /** Resolves once `count` calls of `method` have been made. */
  called(method: keyof LawyerReviewPort, count?: number): Promise<void>;
}

const AT = '2026-11-21T19:03:00.000Z';

/** An in-memory review: keeps the status, so a second Approve answers `already`. */
export function createFakeReviewPort({ cards }: { cards: ReviewCard[] }): FakeReviewPort {
  const store = new Map(cards.map((card) => [card.reviewId, structuredClone(card)]));
  const calls: FakeReviewPort['calls'] = [];
  const waiters: { method: keyof LawyerReviewPort; count: number; resolve: () => void }[] = [];

  function record(method: keyof LawyerReviewPort, options: unknown) {
    calls.push({ method, options });
    for (const waiter of [...waiters]) {
      if (calls.filter((call) => call.method === waiter.method).length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  function change(reviewId: string, actor: string, action: ReviewHistoryAction, detail: string | null, apply: (card: ReviewCard) => void): ReviewActionResult {
    const card = store.get(reviewId);
    if (!card) return { kind: 'not_found' };
    apply(card);
    card.history.push({ at: AT, actor, action, detail });
    return { kind: 'done', card: structuredClone(card) };
  }

  const byCase = (caseId: string) => [...store.values()].find((card) => card.caseId === caseId)?.reviewId ?? '';

  const port: LawyerReviewPort = {
    async card(reviewId) {
      record('card', { reviewId });
      const card = store.get(reviewId);
      return card ? structuredClone(card) : null;
    },
    async cardForMessage(slack) {
      record('cardForMessage', slack);
      const card = [...store.values()].find((candidate) => candidate.slack?.channel === slack.channel && candidate.slack.ts === slack.ts);
      return card ? structuredClone(card) : null;
    },
    async approve(options) {
      record('approve', options);
      const card = store.get(options.reviewId);
      if (card?.status === 'approved') return { kind: 'already', card: structuredClone(card) };
      if (card && card.status !== 'pending' && card.status !== 'question') return { kind: 'not_allowed', card: structuredClone(card), reason: 'decided' };
      return change(options.reviewId, options.actor, 'approved', null, (c) => (c.status = 'approved'));
    },
    async edit(options) {
      record('edit', options);
      const card = store.get(options.reviewId);
      if (card && card.draft.version !== options.baseVersion) return { kind: 'not_allowed', card: structuredClone(card), reason: 'stale_version' };
      return change(options.reviewId, options.actor, 'edited', null, (c) => {
        c.draft = { ...c.draft, version: c.draft.version + 1, text: options.text };
      });
    },
    async reject(options) {
      record('reject', options);
      return change(options.reviewId, options.actor, 'rejected', options.reason, (c) => (c.status = 'rejected'));
    },
    async ask(options) {
      record('ask', options);
      return change(options.reviewId, options.actor, 'asked', options.question, (c) => (c.status = 'question'));
    },
    async recordHearing(options) {
      record('recordHearing', options);
      const { date, time, court, room } = options.hearing;
      return change(byCase(options.caseId), options.actor, 'hearing', null, (c) => {
        c.hearing = { at: `${date}T${time}:00-05:00`, timeZone: 'America/Toronto', court, room };
      });
    },
    async recordOutcome(options) {
      record('recordOutcome', options);
      return change(byCase(options.caseId), options.actor, 'outcome', options.outcome.outcome, (c) => {
        c.outcome = options.outcome;
        c.status = 'closed';
      });
    },
  };

  return {
    port,
    calls,
    cards: store,
    called(method, count = 1) {
      if (calls.filter((call) => call.method === method).length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ method, count, resolve }));
    },
  };
}
