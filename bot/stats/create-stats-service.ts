import { z } from 'zod';
import { MARKETS, marketOf } from '../../flows/markets.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { daysUntil } from '../../tickets/deadlines/days-until.js';
import { URGENT_WITHIN_DAYS } from '../../tickets/deadlines/compute-response-deadline.js';
import { jurisdictionSchema, OFFENCE_CATEGORIES, offenceCategorySchema, type Jurisdiction } from '../../tickets/ticket-schema.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { CASE_STATUSES, type CaseStats, STATS_OUTCOMES, SUCCESS_OUTCOMES, type SuccessRateRow } from './case-stats-schema.js';
import { type CalibrationCase, computeCalibration } from './compute-calibration.js';
import { listFollowUps } from './list-follow-ups.js';

export interface CreateStatsServiceOptions {
  prisma: PrismaClient;
  now: () => Date;
}

export interface StatsService {
  compute(): Promise<CaseStats>;
}

/** A deadline this close (or past) is at risk: the ticket's own urgency horizon. */
const AT_RISK_DAYS = URGENT_WITHIN_DAYS;
const MS_PER_DAY = 86_400_000;
// Stored tickets are validated at the edge: only the field counted here is read back.
const ticketOffenceSchema = z.object({ offenceCategory: offenceCategorySchema });

type Outcome = (typeof STATS_OUTCOMES)[number];
type Tally = Omit<SuccessRateRow, 'rate'>;

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const jurisdictionOf = (value: string | null): Jurisdiction | null => jurisdictionSchema.safeParse(value).data ?? null;

/**
 * Figures for the firm: where cases stand, which deadlines are close, how often
 * contested cases succeed, how well analysis scores predicted it, and which
 * reminders are due and which sends failed (list-follow-ups.ts).
 * Prisma queries only; the arithmetic is here.
 */
export function createStatsService({ prisma, now }: CreateStatsServiceOptions): StatsService {
  return {
    async compute() {
      const at = now();
      return {
        generatedAt: at.toISOString(),
        byStage: await countByStage(prisma),
        deadlinesAtRisk: await findDeadlinesAtRisk(prisma, at),
        ...(await rateDecidedCases(prisma)),
        followUps: await listFollowUps({ prisma }),
      };
    },
  };
}

async function countByStage(prisma: PrismaClient): Promise<CaseStats['byStage']> {
  const groups = await prisma.case.groupBy({ by: ['status', 'jurisdiction'], _count: { _all: true } });
  const rows = new Map<string, CaseStats['byStage'][number]>();
  const rowOf = (status: string) => {
    const row = rows.get(status) ?? { status, total: 0, byJurisdiction: { QC: 0, ON: 0, NY: 0, unknown: 0 } };
    rows.set(status, row);
    return row;
  };
  // Every known stage is listed, even empty, so the table keeps its shape.
  for (const status of CASE_STATUSES) rowOf(status);
  for (const group of groups.sort((a, b) => a.status.localeCompare(b.status))) {
    const row = rowOf(group.status);
    row.byJurisdiction[jurisdictionOf(group.jurisdiction) ?? 'unknown'] += group._count._all;
    row.total += group._count._all;
  }
  return [...rows.values()];
}

async function findDeadlinesAtRisk(prisma: PrismaClient, at: Date): Promise<CaseStats['deadlinesAtRisk']> {
  // Our zones are behind UTC: their today is at most UTC's, so this bound keeps every candidate.
  const bound = new Date((Math.floor(at.getTime() / MS_PER_DAY) + AT_RISK_DAYS + 1) * MS_PER_DAY);
  const candidates = await prisma.case.findMany({
    where: { status: { notIn: ['closed', 'rejected'] }, outcome: null, respondBy: { not: null, lte: bound } },
    select: { id: true, number: true, jurisdiction: true, respondBy: true, status: true },
    orderBy: [{ respondBy: 'asc' }, { number: 'asc' }],
  });
  return candidates.flatMap((row) => {
    const jurisdiction = jurisdictionOf(row.jurisdiction);
    // No jurisdiction yet: count in Montréal, where the firm is.
    const timeZone = MARKETS[marketOf(jurisdiction)].timeZone;
    const respondBy = row.respondBy!.toISOString().slice(0, 10);
    const daysLeft = daysUntil({ date: respondBy, now: at, timeZone })!;
    return daysLeft <= AT_RISK_DAYS ? [{ caseId: row.id, number: formatCaseNumber(row.number), jurisdiction, respondBy, daysLeft, status: row.status }] : [];
  });
}

async function rateDecidedCases(prisma: PrismaClient): Promise<Pick<CaseStats, 'successRate' | 'calibration'>> {
  // An outcome closes the case, so "decided" and "closed with an outcome" are the same cases.
  const decided = await prisma.case.findMany({
    where: { outcome: { in: [...STATS_OUTCOMES] } },
    select: {
      jurisdiction: true,
      ticket: true,
      outcome: true,
      analyses: { where: { status: 'scored' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { score: true } },
    },
  });
  const overall = emptyTally('all');
  const byJurisdiction = new Map<string, Tally>(['QC', 'ON', 'NY'].map((key) => [key, emptyTally(key)]));
  const byOffence = new Map<string, Tally>();
  const calibrationCases: CalibrationCase[] = [];
  for (const row of decided) {
    const outcome = row.outcome as Outcome;
    const success = SUCCESS_OUTCOMES.includes(outcome);
    const jurisdiction = jurisdictionOf(row.jurisdiction) ?? 'unknown';
    const offence = ticketOffenceSchema.safeParse(row.ticket).data?.offenceCategory ?? 'unknown';
    for (const tally of [overall, tallyIn(byJurisdiction, jurisdiction), tallyIn(byOffence, offence)]) {
      tally.closed += 1;
      tally.outcomes[outcome] += 1;
      if (success) tally.successes += 1;
    }
    const score = row.analyses[0]?.score;
    // The column is a bare integer: a stray value is left out rather than breaking the page.
    if (typeof score === 'number' && score >= 0 && score <= 100) calibrationCases.push({ score, success });
  }
  const offenceOrder: string[] = [...OFFENCE_CATEGORIES, 'unknown'];
  return {
    successRate: {
      overall: withRate(overall),
      byJurisdiction: [...byJurisdiction.values()].map(withRate),
      byOffence: [...byOffence.values()].sort((a, b) => offenceOrder.indexOf(a.key) - offenceOrder.indexOf(b.key)).map(withRate),
    },
    calibration: computeCalibration({ cases: calibrationCases }),
  };
}

function emptyTally(key: string): Tally {
  return { key, closed: 0, successes: 0, outcomes: { acquitted: 0, withdrawn: 0, reduced: 0, convicted: 0 } };
}

function tallyIn(tallies: Map<string, Tally>, key: string): Tally {
  const tally = tallies.get(key) ?? emptyTally(key);
  tallies.set(key, tally);
  return tally;
}

function withRate({ key, closed, successes, outcomes }: Tally): SuccessRateRow {
  return { key, closed, successes, rate: closed ? round4(successes / closed) : null, outcomes };
}
