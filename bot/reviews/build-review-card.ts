import type { PrismaClient } from '../../prisma/generated/client.js';
import { MARKETS, type Market, marketOf } from '../../flows/markets.js';
import { describeTicketLine } from '../../reviews/describe-ticket-line.js';
import { ticketSchema } from '../../tickets/ticket-schema.js';
import { daysUntil } from '../../tickets/deadlines/days-until.js';
import { URGENT_WITHIN_DAYS } from '../../tickets/deadlines/compute-response-deadline.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import type { CaseOutcome, ReviewCard, ReviewHistoryAction, ReviewHistoryEntry, ReviewStatus } from './review-port.js';
import type { ReviewSettings } from './review-settings.js';

const HISTORY_ACTIONS: Record<string, ReviewHistoryAction> = {
  'review.posted': 'posted',
  'review.approved': 'approved',
  'review.edited': 'edited',
  'review.rejected': 'rejected',
  'review.asked': 'asked',
  'review.answered': 'answered',
  'case.hearing': 'hearing',
  'case.outcome': 'outcome',
};


interface Analysis {
  score?: number;
  factors?: { label: string; effect: '+' | '-'; weight: number }[];
  citations?: { citation: string; url: string }[];
}

export interface BuildReviewCardOptions {
  prisma: PrismaClient;
  settings: ReviewSettings;
  now: Date;
  where: { id: string } | { caseId: string } | { slackChannel: string; slackTs: string };
}

/** The card of one review from the database: what a lawyer needs to decide, and nothing that identifies the driver beyond a first name. */
export async function buildReviewCard({ prisma, settings, now, where }: BuildReviewCardOptions): Promise<ReviewCard | null> {
  const review = await prisma.lawyerReview.findFirst({
    where,
    include: {
      case: {
        include: {
          client: { select: { firstName: true } },
          analyses: { orderBy: { createdAt: 'desc' }, take: 1 },
          draftVersions: { orderBy: { version: 'desc' }, take: 1 },
        },
      },
    },
  });
  if (!review) return null;
  const found = review.case;
  const market: Market = marketOf(review.market);
  const { timeZone, defaultLanguage } = MARKETS[market];
  const version = review.approvedVersion
    ? await prisma.draftVersion.findUnique({ where: { caseId_version: { caseId: found.id, version: review.approvedVersion } } })
    : found.draftVersions[0];
  const analysisRow = found.analyses[0];
  const analysis = (analysisRow?.result ?? {}) as Analysis;
  const ticket = ticketSchema.safeParse(found.ticket);
  const respondBy = found.respondBy ? found.respondBy.toISOString().slice(0, 10) : null;
  const daysLeft = daysUntil({ date: respondBy, now, timeZone });
  const audits = await prisma.auditLog.findMany({
    where: { caseId: found.id, action: { in: Object.keys(HISTORY_ACTIONS) } },
    orderBy: { at: 'asc' },
    take: 50,
  });
  const history: ReviewHistoryEntry[] = audits.map((row) => ({
    at: row.at.toISOString(),
    actor: row.actor,
    action: HISTORY_ACTIONS[row.action]!,
    detail: historyDetail(row.details),
  }));
  return {
    reviewId: review.id,
    caseId: found.id,
    caseNumber: formatCaseNumber(found.number),
    market,
    status: review.status as ReviewStatus,
    clientFirstName: found.client.firstName?.trim() || null,
    ticketLine: ticket.success ? describeTicketLine({ ticket: ticket.data, language: defaultLanguage }) : '',
    respondBy,
    daysLeft,
    urgent: review.urgent || (daysLeft !== null && daysLeft <= URGENT_WITHIN_DAYS),
    score: analysisRow?.score ?? null,
    engine: analysisRow?.engine ?? null,
    needsReview: analysisRow?.needsReview ?? false,
    factors: (analysis.factors ?? []).map(({ label, effect, weight }) => ({ label, effect, weight })),
    citations: (analysis.citations ?? []).map(({ citation, url }) => ({ citation, url })),
    draft: version
      ? { version: version.version, text: version.text, sha256: version.sha256, createdBy: version.createdBy }
      : { version: 0, text: '', sha256: '', createdBy: 'analysis' },
    history,
    hearing: found.hearingAt && found.hearingCourt ? { at: found.hearingAt.toISOString(), timeZone, court: found.hearingCourt, room: found.hearingRoom } : null,
    outcome: found.outcome ? { outcome: found.outcome as CaseOutcome, points: found.outcomePoints, fineCents: found.outcomeFineCents } : null,
    onDutyUserId: settings.onDutyUserIds[market] ?? null,
    slack: review.slackChannel && review.slackTs ? { channel: review.slackChannel, ts: review.slackTs } : null,
  };
}

/** The audit's details as one short line for the card: a version, a reason, an outcome. */
function historyDetail(details: unknown): string | null {
  if (!details || typeof details !== 'object') return null;
  const { detail } = details as { detail?: unknown };
  return typeof detail === 'string' ? detail : null;
}
