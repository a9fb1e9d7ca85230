import type { Market } from '../../flows/markets.js';
import type { CaseOutcome } from '../../flows/conversation/conversation-events.js';

export { CASE_OUTCOMES, type CaseOutcome } from '../../flows/conversation/conversation-events.js';

/**
 * What the Slack adapter (channels/slack/) needs from the runtime to show a
 * case to a lawyer and to carry out what the lawyer clicks. The runtime
 * (bot/reviews/create-review-service.ts) implements it; channels/ only
 * translates Slack payloads into these calls and these views into blocks.
 * No phone number, licence number or address ever appears in a view.
 */

export type ReviewStatus = 'pending' | 'question' | 'approved' | 'rejected' | 'closed';

export type ReviewHistoryAction = 'posted' | 'approved' | 'edited' | 'rejected' | 'asked' | 'answered' | 'hearing' | 'outcome';

export interface ReviewHistoryEntry {
  /** ISO 8601 instant. */
  at: string;
  /** `slack:U…`, `staff:…`, `client` or `system`. */
  actor: string;
  action: ReviewHistoryAction;
  /** A short detail: the version edited, the reason, the outcome. Never a phone or licence number. */
  detail: string | null;
}

export interface ReviewCardFactor {
  label: string;
  effect: '+' | '-';
  weight: number;
}

export interface ReviewCardCitation {
  citation: string;
  url: string;
}

/** Everything the Slack card shows about one case, in plain data. */
export interface ReviewCard {
  reviewId: string;
  caseId: string;
  /** T911-000042 */
  caseNumber: string;
  market: Market;
  status: ReviewStatus;
  /** The client's first name, or null when unknown. */
  clientFirstName: string | null;
  /** Offence, date and place in one line, in the market's language: "Excès de vitesse (62 km/h dans une zone de 50) — 2026-11-02, Montréal". */
  ticketLine: string;
  /** YYYY-MM-DD in the jurisdiction, or null. */
  respondBy: string | null;
  /** Days left until respondBy (negative when past), or null. */
  daysLeft: number | null;
  urgent: boolean;
  /** 0-100, or null when the analysis gave no score (a lawyer looks first). */
  score: number | null;
  /** The analysis engine (claude, ollama, offline) and whether a model failed and the rules answered. */
  engine: string | null;
  needsReview: boolean;
  factors: ReviewCardFactor[];
  citations: ReviewCardCitation[];
  /** The current draft version (the approved one once approved). */
  draft: { version: number; text: string; sha256: string; createdBy: string };
  history: ReviewHistoryEntry[];
  hearing: { at: string; timeZone: string; court: string; room: string | null } | null;
  outcome: { outcome: CaseOutcome; points: number | null; fineCents: number | null } | null;
  /** The on-duty lawyer to mention on an urgent case (Slack user id), or null. */
  onDutyUserId: string | null;
  /** The Slack message of the card, once posted. */
  slack: { channel: string; ts: string } | null;
}

export type ReviewActionResult =
  | { kind: 'done'; card: ReviewCard }
  /** The same decision was already taken (a double click): nothing changed. */
  | { kind: 'already'; card: ReviewCard }
  /** The review is in a status where this action is not possible (rejected, closed…). */
  | { kind: 'not_allowed'; card: ReviewCard; reason: 'decided' | 'closed' | 'not_approved' | 'stale_version' }
  | { kind: 'not_found' };

export interface HearingInput {
  /** YYYY-MM-DD, in the jurisdiction's time zone. */
  date: string;
  /** HH:MM (24 h), in the jurisdiction's time zone. */
  time: string;
  court: string;
  room: string | null;
}

export interface OutcomeInput {
  outcome: CaseOutcome;
  /** For reduced: the new demerit points and fine. */
  points: number | null;
  fineCents: number | null;
}

export interface LawyerReviewPort {
  /** The card of a review, by review id. */
  card(reviewId: string): Promise<ReviewCard | null>;
  /** The card posted as this Slack message (for message shortcuts). */
  cardForMessage(slack: { channel: string; ts: string }): Promise<ReviewCard | null>;
  approve(options: { reviewId: string; actor: string }): Promise<ReviewActionResult>;
  /** A new draft version; `baseVersion` is the version the lawyer edited (stale → not_allowed). */
  edit(options: { reviewId: string; actor: string; text: string; baseVersion: number }): Promise<ReviewActionResult>;
  reject(options: { reviewId: string; actor: string; reason: string }): Promise<ReviewActionResult>;
  ask(options: { reviewId: string; actor: string; question: string }): Promise<ReviewActionResult>;
  recordHearing(options: { caseId: string; actor: string; hearing: HearingInput }): Promise<ReviewActionResult | { kind: 'invalid'; message: string }>;
  recordOutcome(options: { caseId: string; actor: string; outcome: OutcomeInput }): Promise<ReviewActionResult | { kind: 'invalid'; message: string }>;
}

/** Who may act on a review: members of the firm's lawyers' Slack user group. */
export interface LawyerDirectory {
  isLawyer(slackUserId: string): Promise<boolean>;
}

/** Posts the card and thread replies (the Slack outbox calls it). */
export interface SlackPoster {
  /** chat.postMessage of the card in the market's channel; returns where it went. */
  postCard(card: ReviewCard): Promise<{ channel: string; ts: string }>;
  /** A reply in the card's thread (the client's answer, a note). */
  postThreadReply(options: { channel: string; threadTs: string; text: string }): Promise<{ ts: string }>;
  /** chat.update of the card after a change. */
  updateCard(card: ReviewCard): Promise<void>;
  /** The client erased their data: the card's content is replaced by `text` (no blocks, no buttons). */
  replaceWithNotice(options: { channel: string; ts: string; text: string }): Promise<void>;
  /** chat.delete of a message we posted (a relayed question or answer). */
  deleteMessage(options: { channel: string; ts: string }): Promise<void>;
}
