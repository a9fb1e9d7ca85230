/**
 * The durable timer under load: schedules many case reminders (ScheduledJob
 * rows), makes some of them due at once, and fires them through the real app
 * (poller → worker turn → outbox), reporting the time and the database work.
 * A measurement, not a test: nothing here asserts a time (see BENCHMARKS.md).
 *
 *   npm run bench:scheduler -- [--reminders 100000] [--due 10000] [--keep] [--skip-analyze] [--cpu-profile]
 *
 * Database: DATABASE_URL (PostgreSQL) when set — a fresh database
 * t911_bench_<random> is created from it and dropped at the end (--keep keeps
 * it) — otherwise an embedded PGlite in a temporary directory, as `npm start`
 * uses by default. One conversation per due reminder (SMS, Montréal), each with
 * --reminders / --due reminders: one due now (hearing1), the rest later.
 * --skip-analyze fires without running ANALYZE first (PGlite is PostgreSQL in
 * single-user mode: no autovacuum worker analyses its tables). --cpu-profile samples the
 * firing with the inspector and prints where the time went, by package.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../bot/config/load-config.js';
import { createDatabase, type DatabaseHandle } from '../bot/db/create-database.js';
import { createLogger } from '../bot/logging/create-logger.js';
import { formatCaseNumber } from '../bot/runtime/format-case-number.js';
import { scheduleConversationEvent } from '../bot/runtime/schedule-conversation-event.js';
import { type App, createApp } from '../bot/server/create-app.js';
import type { CaseReminder } from '../flows/conversation/conversation-events.js';
import type { Prisma } from '../prisma/generated/client.js';
import { addCalendarDays } from '../reminders/add-calendar-days.js';
import { planHearingReminders } from '../reminders/plan-case-reminders.js';
import type { ReminderKind } from '../reminders/reminder-kinds.js';
import { instantInTimeZone } from '../tickets/instant-in-time-zone.js';

const { values: args } = parseArgs({
  options: {
    reminders: { type: 'string', default: '100000' },
    due: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    'skip-analyze': { type: 'boolean', default: false },
    'cpu-profile': { type: 'boolean', default: false },
  },
});
const REMINDERS = Number(args.reminders);
const DUE = Number(args.due);
if (!Number.isInteger(REMINDERS) || !Number.isInteger(DUE) || DUE < 1 || REMINDERS < DUE || REMINDERS % DUE !== 0) {
  throw new Error('--reminders must be a whole multiple of --due (one due reminder per conversation)');
}
const PER_CONVERSATION = REMINDERS / DUE;
const SCHEDULE_TX_SIZE = 1_000;
const CREATE_MANY_SIZE = 5_000;
const SEED_BATCH = 1_000;
/** The poller's own page (bot/runtime/create-scheduled-job-poller.ts). */
const POLLER_PAGE = 500;

const ZONE = 'America/Montreal';
/** A Monday, 10:00 in Montréal (EST): outside quiet hours, when hearing1 reminders of a Tuesday hearing fall due. */
const FIRE_AT = new Date('2026-11-02T15:00:00Z');
/** When the reminders were scheduled (the lawyer recorded the hearings). */
const SCHEDULED_AT = new Date('2026-10-20T15:00:00Z');
const HEARING = { date: '2026-11-03', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' };

// ---------------------------------------------------------------- database

const adminUrl = process.env.DATABASE_URL;
const tmp = await mkdtemp(path.join(os.tmpdir(), 't911-bench-'));
let benchUrl: string | undefined;
let benchName: string | undefined;
if (adminUrl) {
  benchName = `t911_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${benchName}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${benchName}`;
  benchUrl = url.toString();
}
const db: DatabaseHandle = await createDatabase(benchUrl ? { url: benchUrl, poolSize: 10 } : { pgliteDataDir: path.join(tmp, 'pglite') });
const prisma = db.prisma;
/** A connection of our own for pg_stat_database, so reading it takes nothing from the app's pool. */
const statsClient = benchUrl ? new pg.Client({ connectionString: benchUrl }) : undefined;
await statsClient?.connect();
const autovacuum = (await prisma.$queryRawUnsafe<{ autovacuum: string }[]>('SHOW autovacuum'))[0]?.autovacuum ?? '?';
const serverVersion = ((await prisma.$queryRawUnsafe<{ server_version: string }[]>('SHOW server_version'))[0]?.server_version ?? '?').split(' ')[0];
const databaseLabel = db.kind === 'pglite' ? `embedded PGlite (PostgreSQL ${serverVersion}), on disk in a temp dir` : `PostgreSQL ${serverVersion} server, database ${benchName}`;
console.log(`bench:scheduler — ${REMINDERS} reminders, ${DUE} due at ${FIRE_AT.toISOString()} — ${databaseLabel}`);

let app: App | undefined;
let failedChecks = 0;
// Whatever happens, the bench database is dropped (unless --keep) and the temp dir removed.
try {
  // ---------------------------------------------------------------- the app, loops not started

  let clock = SCHEDULED_AT.getTime();
  const logCounts: Record<string, number> = {};
  const logSamples: string[] = [];
  const logSink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { level?: string; msg?: string };
        const level = entry.level ?? '?';
        logCounts[level] = (logCounts[level] ?? 0) + 1;
        if (logSamples.length < 8 && !logSamples.includes(`${level}: ${entry.msg}`)) logSamples.push(`${level}: ${entry.msg}`);
      }
      callback();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: tmp, PUBLIC_BASE_URL: 'https://bench.example', LOG_LEVEL: 'warn' });
  app = await createApp({ config, logger: createLogger({ level: 'warn', destination: logSink }), database: db, now: () => new Date(clock) });

  // ---------------------------------------------------------------- seeding (not the figure asked for)

  const snapshotFixture = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../flows/conversation/snapshots/v6-answering-question.json'), 'utf8')) as {
    value: unknown;
    context: Record<string, unknown>;
  };
  const hearingAt = instantInTimeZone(HEARING.date, HEARING.time, ZONE);
  interface Seeded {
    conversationId: string;
    clientId: string;
    caseId: string;
    caseNumber?: number;
  }
  const seeded: Seeded[] = Array.from({ length: DUE }, () => ({ conversationId: randomUUID(), clientId: randomUUID(), caseId: randomUUID() }));
  const batches = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

  const rssByPhase: Record<string, number> = { appCreated: round(process.memoryUsage().rss / 2 ** 20) };
  const seedStarted = performance.now();
  for (const batch of batches(seeded, SEED_BATCH)) {
    await prisma.client.createMany({ data: batch.map((s) => ({ id: s.clientId, firstName: 'Banc', language: 'fr', createdAt: SCHEDULED_AT })) });
  }
  for (const [b, batch] of batches(seeded, SEED_BATCH).entries()) {
    await prisma.conversation.createMany({
      data: batch.map((s, i) => ({
        id: s.conversationId,
        channel: 'sms',
        // +1 514 555 0000…9999, unique (556… past 10,000 conversations).
        address: `+1514${String(5_550_000 + b * SEED_BATCH + i)}`,
        clientId: s.clientId,
        market: 'qc',
        language: 'fr',
        consent: 'granted',
        consentAt: SCHEDULED_AT,
        // The fixture's version: restored through upgradeSnapshot like any stored conversation.
        machineVersion: 6,
        snapshot: {
          ...snapshotFixture,
          value: { active: { lawyerReview: 'approved' } },
          context: { ...snapshotFixture.context, caseId: s.caseId, channel: 'sms' },
        } as Prisma.InputJsonValue,
        createdAt: SCHEDULED_AT,
      })),
    });
  }
  for (const batch of batches(seeded, SEED_BATCH)) {
    await prisma.case.createMany({
      data: batch.map((s) => ({
        id: s.caseId,
        clientId: s.clientId,
        conversationId: s.conversationId,
        status: 'approved',
        jurisdiction: 'QC',
        hearingAt,
        hearingCourt: HEARING.court,
        hearingRoom: HEARING.room,
        createdAt: SCHEDULED_AT,
      })),
    });
  }
  const numbers = new Map((await prisma.case.findMany({ select: { id: true, number: true } })).map((row) => [row.id, row.number]));
  for (const s of seeded) s.caseNumber = numbers.get(s.caseId);
  const seedMs = performance.now() - seedStarted;
  rssByPhase.seeded = round(process.memoryUsage().rss / 2 ** 20);
  console.log(`seeded ${DUE} conversations, clients and approved cases in ${seconds(seedMs)}`);

  // ---------------------------------------------------------------- the reminders

  interface Job {
    id: string;
    conversationId: string;
    event: { type: 'CASE.REMINDER' } & CaseReminder;
    runAt: Date;
  }
  /**
   * A conversation's reminders: the hearing's hearing1 (due at FIRE_AT) and
   * hearingDay (the next morning), as planHearingReminders plans them, then one
   * a week at 10:00 for later hearings, to reach PER_CONVERSATION.
   */
  function remindersOf(s: Seeded): Job[] {
    const planned = planHearingReminders({ date: HEARING.date, time: HEARING.time, timeZone: ZONE, now: new Date(FIRE_AT.getTime() - 1) });
    const later: { kind: ReminderKind; dueAt: Date; hearing: typeof HEARING }[] = Array.from({ length: Math.max(0, PER_CONVERSATION - planned.length) }, (_, week) => {
      const kind = (['hearing7', 'hearing1', 'hearingDay'] as const)[week % 3];
      const hearingDate = addCalendarDays(HEARING.date, 7 * (week + 1));
      return { kind, dueAt: instantInTimeZone(addCalendarDays('2026-11-02', 7 * (week + 1)), '10:00', ZONE), hearing: { ...HEARING, date: hearingDate } };
    });
    return [...planned.map((p) => ({ ...p, hearing: HEARING })), ...later].slice(0, PER_CONVERSATION).map(({ kind, dueAt, hearing }) => ({
      id: `reminder:${s.caseId}:${kind}:${dueAt.toISOString()}`,
      conversationId: s.conversationId,
      event: { type: 'CASE.REMINDER', caseId: s.caseId, caseNumber: formatCaseNumber(s.caseNumber!), kind, jurisdiction: 'QC', respondBy: null, hearing: { ...hearing } },
      runAt: dueAt,
    }));
  }
  const jobs = seeded.flatMap(remindersOf);
  const dueJobs = jobs.filter((job) => job.runAt.getTime() <= FIRE_AT.getTime());
  if (jobs.length !== REMINDERS || dueJobs.length !== DUE) throw new Error(`planned ${jobs.length} reminders, ${dueJobs.length} due: expected ${REMINDERS}, ${DUE}`);

  /** The real code path: what scheduleCaseReminders calls, in transactions of SCHEDULE_TX_SIZE jobs. */
  async function scheduleThroughTheRuntime(list: Job[]): Promise<number> {
    const started = performance.now();
    for (const batch of batches(list, SCHEDULE_TX_SIZE)) {
      await prisma.$transaction(
        async (tx) => {
          for (const job of batch) await scheduleConversationEvent({ tx, conversationId: job.conversationId, event: { ...job.event }, runAt: job.runAt, id: job.id });
        },
        { timeout: 600_000, maxWait: 60_000 },
      );
    }
    return performance.now() - started;
  }

  // (b) first, for reference: one createMany per CREATE_MANY_SIZE; then the table is emptied for (a).
  const bulkStarted = performance.now();
  for (const batch of batches(jobs, CREATE_MANY_SIZE)) {
    await prisma.scheduledJob.createMany({ data: batch.map((job) => ({ ...job, event: job.event as unknown as Prisma.InputJsonValue })) });
  }
  const bulkMs = performance.now() - bulkStarted;
  console.log(`(b) createMany × ${CREATE_MANY_SIZE}: ${REMINDERS} jobs in ${seconds(bulkMs)} (${rate(REMINDERS, bulkMs)} jobs/s) — reference only`);
  rssByPhase.createMany = round(process.memoryUsage().rss / 2 ** 20);
  await prisma.$executeRawUnsafe('TRUNCATE "ScheduledJob"');

  const realMs = await scheduleThroughTheRuntime(jobs);
  console.log(`(a) scheduleConversationEvent in transactions of ${SCHEDULE_TX_SIZE}: ${REMINDERS} jobs in ${seconds(realMs)} (${rate(REMINDERS, realMs)} jobs/s)`);

  rssByPhase.scheduled = round(process.memoryUsage().rss / 2 ** 20);
  const countBefore = await prisma.scheduledJob.count();
  const againMs = await scheduleThroughTheRuntime(jobs.slice(0, SCHEDULE_TX_SIZE));
  const countAfter = await prisma.scheduledJob.count();
  console.log(`scheduling ${SCHEDULE_TX_SIZE} again: ${countBefore} → ${countAfter} rows (${countBefore === countAfter ? 'unchanged' : 'CHANGED'}) in ${seconds(againMs)}`);

  const tableBytes = Number((await prisma.$queryRawUnsafe<{ bytes: bigint }[]>(`SELECT pg_total_relation_size('"ScheduledJob"') AS bytes`))[0]?.bytes ?? 0);

  // ---------------------------------------------------------------- the due query, before firing

  const at = `TIMESTAMP '${FIRE_AT.toISOString().replace('T', ' ').replace('Z', '')}'`;
  const DUE_QUERIES = {
    /** What the poller means: up to 500 conversations with a due job. */
    pollerIntended: `SELECT DISTINCT "conversationId" FROM "ScheduledJob" WHERE status = 'pending' AND "runAt" <= ${at} LIMIT ${POLLER_PAGE}`,
    /** What Prisma sends for the poller's findMany({ distinct, take: 500 }): distinct and take are applied in memory, so every due row is read. */
    pollerAsSent: `SELECT "id", "conversationId" FROM "ScheduledJob" WHERE ("status" = 'pending' AND "runAt" <= ${at}) ORDER BY "id" ASC OFFSET 0`,
    /** The worker's next job for one conversation (create-conversation-worker.ts nextInput). */
    workerNextJob: `SELECT * FROM "ScheduledJob" WHERE "conversationId" = '${seeded[0]!.conversationId}' AND status = 'pending' AND "runAt" <= ${at} ORDER BY "runAt" ASC LIMIT 1`,
  };
  type Explained = { query: string; plan: string[]; executionMs: number | null; rows: number | null };
  async function explain(sql: string): Promise<Explained> {
    const rows = await prisma.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    const plan = rows.map((row) => Object.values(row)[0] ?? '');
    const execution = plan.map((line) => /Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean);
    const top = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(plan[0] ?? '');
    return { query: sql, plan, executionMs: execution ? Number(execution[1]) : null, rows: top ? Number(top[1]) : null };
  }
  const explainedUnanalyzed = { pollerIntended: await explain(DUE_QUERIES.pollerIntended), pollerAsSent: await explain(DUE_QUERIES.pollerAsSent) };
  const analyzed = !args['skip-analyze'];
  if (analyzed) await prisma.$executeRawUnsafe('ANALYZE');
  const explained = {
    pollerIntended: await explain(DUE_QUERIES.pollerIntended),
    pollerAsSent: await explain(DUE_QUERIES.pollerAsSent),
    workerNextJob: await explain(DUE_QUERIES.workerNextJob),
  };

  // ---------------------------------------------------------------- firing

  const STAT_COLUMNS = ['xact_commit', 'xact_rollback', 'tup_returned', 'tup_fetched', 'tup_inserted', 'tup_updated', 'tup_deleted', 'blks_read', 'blks_hit'] as const;
  type DatabaseStats = Record<(typeof STAT_COLUMNS)[number], number>;
  /**
   * pg_stat_database as the server has it. Backends flush their counters when
   * idle, at most every second and at the latest 10 s later (PostgreSQL 15):
   * wait that long so the figures hold all the work done before.
   */
  async function readDatabaseStats(): Promise<DatabaseStats | undefined> {
    if (!statsClient) return undefined;
    await sleep(11_000);
    await statsClient.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await statsClient.query(`SELECT ${STAT_COLUMNS.join(', ')} FROM pg_stat_database WHERE datname = current_database()`);
    return Object.fromEntries(STAT_COLUMNS.map((column) => [column, Number(rows[0][column])])) as DatabaseStats;
  }

  const TABLE_COLUMNS = ['seq_scan', 'seq_tup_read', 'idx_scan', 'idx_tup_fetch', 'n_tup_ins', 'n_tup_upd', 'n_tup_hot_upd', 'n_dead_tup', 'autovacuum_count', 'autoanalyze_count'] as const;
  type TableStats = Record<string, Record<(typeof TABLE_COLUMNS)[number], number>>;
  /** pg_stat_user_tables, per table: where the rows read come from (after readDatabaseStats's wait). */
  async function readTableStats(): Promise<TableStats> {
    const sql = `SELECT relname, ${TABLE_COLUMNS.map((c) => `COALESCE(${c}, 0)::bigint AS ${c}`).join(', ')} FROM pg_stat_user_tables`;
    // PGlite flushes its statistics when it pleases (some turns are missing at the end): PostgreSQL only.
    if (!statsClient) return {};
    const { rows } = await statsClient.query(sql);
    return Object.fromEntries(rows.map((row) => [String(row.relname), Object.fromEntries(TABLE_COLUMNS.map((c) => [c, Number(row[c])]))])) as TableStats;
  }
  /** pg_stat_user_indexes: index entries read per index (tup_returned counts them). */
  async function readIndexStats(): Promise<Record<string, { idx_scan: number; idx_tup_read: number }>> {
    if (!statsClient) return {};
    const { rows } = await statsClient.query('SELECT indexrelname, idx_scan, idx_tup_read FROM pg_stat_user_indexes');
    return Object.fromEntries(rows.map((row) => [String(row.indexrelname), { idx_scan: Number(row.idx_scan), idx_tup_read: Number(row.idx_tup_read) }]));
  }
  function tableDeltas(before: TableStats, after: TableStats): TableStats {
    return Object.fromEntries(
      Object.entries(after)
        .map(([table, stats]) => [table, Object.fromEntries(TABLE_COLUMNS.map((c) => [c, stats[c] - (before[table]?.[c] ?? 0)]))] as const)
        .filter(([, stats]) => Object.values(stats).some((value) => value !== 0)),
    ) as TableStats;
  }

  const statsBefore = await readDatabaseStats();
  const tablesBefore = await readTableStats();
  const indexesBefore = await readIndexStats();
  const loadBefore = os.loadavg();
  clock = FIRE_AT.getTime();
  const passes: { due: number; pollMs: number; passMs: number }[] = [];
  const profiler = args['cpu-profile'] ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const fireStarted = performance.now();
  for (let pass = 0; pass < Math.ceil(DUE / POLLER_PAGE) * 4 + 20; pass++) {
    const passStarted = performance.now();
    const due = await app.scheduler.runOnce();
    const pollMs = performance.now() - passStarted;
    if (due === 0) break;
    await app.worker.idle();
    await app.outbox.runOnce();
    passes.push({ due, pollMs, passMs: performance.now() - passStarted });
  }
  await app.worker.idle();
  while ((await app.outbox.runOnce()) > 0);
  const fireMs = performance.now() - fireStarted;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuProfile = profiler ? summarizeProfile((await profiler.post('Profiler.stop')).profile) : undefined;
  profiler?.disconnect();
  const loadAfter = os.loadavg();
  const rssAfterFiring = process.memoryUsage().rss;
  rssByPhase.fired = round(rssAfterFiring / 2 ** 20);
  const statsAfter = await readDatabaseStats();
  const tables = tableDeltas(tablesBefore, await readTableStats());
  const indexesAfter = await readIndexStats();
  const indexes = Object.fromEntries(
    Object.entries(indexesAfter)
      .map(([name, after]) => [name, { idx_scan: after.idx_scan - (indexesBefore[name]?.idx_scan ?? 0), idx_tup_read: after.idx_tup_read - (indexesBefore[name]?.idx_tup_read ?? 0) }] as const)
      .filter(([, d]) => d.idx_tup_read > 0)
      .sort(([, a], [, b]) => b.idx_tup_read - a.idx_tup_read),
  );
  console.log(`fired in ${seconds(fireMs)} over ${passes.length} poller passes`);

  // ---------------------------------------------------------------- checks

  const jobStatuses = Object.fromEntries((await prisma.scheduledJob.groupBy({ by: ['status'], _count: { _all: true } })).map((row) => [row.status, row._count._all]));
  const pendingDue = await prisma.scheduledJob.count({ where: { status: 'pending', runAt: { lte: FIRE_AT } } });
  const outMessages = await prisma.message.count({ where: { direction: 'out' } });
  const outMessageStatuses = Object.fromEntries((await prisma.message.groupBy({ by: ['status'], where: { direction: 'out' }, _count: { _all: true } })).map((row) => [row.status, row._count._all]));
  const outboxStatuses = Object.fromEntries((await prisma.outboxEntry.groupBy({ by: ['status'], _count: { _all: true } })).map((row) => [row.status, row._count._all]));
  const conversationsAnswered = (await prisma.message.groupBy({ by: ['conversationId'], where: { direction: 'out' } })).length;
  const sample = await prisma.message.findFirst({ where: { direction: 'out' }, select: { body: true } });
  const retriedSends = await prisma.outboxEntry.count({ where: { NOT: { attempts: 1 } } });
  const revisionsOtherThanOne = await prisma.conversation.count({ where: { NOT: { revision: 1 } } });
  const checks = {
    jobsDone: { expected: DUE, actual: jobStatuses.done ?? 0 },
    jobsPendingAndDue: { expected: 0, actual: pendingDue },
    jobsPendingLater: { expected: REMINDERS - DUE, actual: jobStatuses.pending ?? 0 },
    outboundMessages: { expected: DUE, actual: outMessages },
    outboxSent: { expected: DUE, actual: outboxStatuses.sent ?? 0 },
    conversationsAnsweredOnce: { expected: DUE, actual: conversationsAnswered },
    sentOnFirstAttempt: { expected: 0, actual: retriedSends },
    oneTurnPerConversation: { expected: 0, actual: revisionsOtherThanOne },
    scheduleTwiceNoNewRow: { expected: countBefore, actual: countAfter },
    saysHearingTomorrow: { expected: true, actual: /audience demain, le 3 novembre 2026 à 09:30/.test(sample?.body ?? '') },
  };
  const failed = Object.entries(checks).filter(([, { expected, actual }]) => expected !== actual);

  /**
   * The outbox claim (copied from bot/db/claim-outbox-entries.ts, the same SQL
   * with literals) with the bench's replies as a backlog: all pending again, or
   * only the last 20, inside a transaction that is rolled back.
   */
  const CLAIM_SQL = `
    WITH picked AS (
      SELECT e.id, e.status AS previous_status, e."lockedUntil" AS previous_lock
      FROM "OutboxEntry" e JOIN "Message" m ON m.id = e."messageId"
      WHERE ((e.status = 'pending' AND e."nextAttemptAt" <= ${at}) OR (e.status = 'sending' AND e."lockedUntil" < ${at}))
        AND NOT EXISTS (
          SELECT 1 FROM "OutboxEntry" e2 JOIN "Message" m2 ON m2.id = e2."messageId"
          WHERE e2."conversationId" = e."conversationId" AND e2.status IN ('pending', 'sending') AND m2.seq < m.seq)
      ORDER BY m.seq
      LIMIT 20
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE "OutboxEntry" o
    SET status = 'sending', "lockedUntil" = ${at} + INTERVAL '30 seconds', attempts = o.attempts + 1, "updatedAt" = ${at}
    FROM picked WHERE o.id = picked.id
    RETURNING o.id`;
  class Rollback extends Error {}
  async function explainClaim(backlog: number): Promise<Explained & { seqScans: string[] }> {
    let result: Explained | undefined;
    await prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(
            `UPDATE "OutboxEntry" SET status = 'pending', "lockedUntil" = NULL WHERE id IN (SELECT e.id FROM "OutboxEntry" e JOIN "Message" m ON m.id = e."messageId" ORDER BY m.seq DESC LIMIT ${backlog})`,
          );
          const rows = await tx.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${CLAIM_SQL}`);
          const plan = rows.map((row) => Object.values(row)[0] ?? '');
          const execution = plan.map((line) => /Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean);
          result = { query: CLAIM_SQL, plan, executionMs: execution ? Number(execution[1]) : null, rows: null };
          throw new Rollback();
        },
        { timeout: 120_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    const explainedClaim = result!;
    return { ...explainedClaim, seqScans: explainedClaim.plan.filter((line) => line.includes('Seq Scan')).map((line) => line.trim().replace(/\s+\(cost.*$/, '').replace(/^->\s*/, '')) };
  }
  const claimExplained: Record<string, Explained & { seqScans: string[] }> = { [`backlog 20 of ${DUE}`]: await explainClaim(20), [`backlog ${DUE} of ${DUE}`]: await explainClaim(DUE) };
  // The index entries of rows updated since the last VACUUM are still read by the bitmap scans: the same claim after one.
  await prisma.$executeRawUnsafe('VACUUM "OutboxEntry", "Message"');
  claimExplained[`backlog 20 of ${DUE}, after VACUUM`] = await explainClaim(20);

  // ---------------------------------------------------------------- report

  /** Quantile from the turn-duration histogram, linear within a bucket (the buckets are coarse: 5, 10, 25, 50, 100 ms…). */
  async function turnQuantiles(metrics: App['metrics']): Promise<{ count: number; meanMs: number; p50Ms: number | null; p95Ms: number | null }> {
    const { values } = await metrics.turnDuration.get();
    const ok = values.filter((v) => v.labels.outcome === 'ok');
    const count = ok.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0;
    const sum = ok.find((v) => v.metricName?.endsWith('_sum'))?.value ?? 0;
    const buckets = ok
      .map((v) => ({ name: v.metricName, le: (v.labels as { le?: string | number }).le, cumulative: v.value }))
      .filter((v) => v.name?.endsWith('_bucket') && v.le !== '+Inf')
      .map((v) => ({ le: Number(v.le), cumulative: v.cumulative }))
      .sort((a, b) => a.le - b.le);
    const quantile = (q: number) => {
      const rank = q * count;
      let previous = { le: 0, cumulative: 0 };
      for (const bucket of buckets) {
        if (bucket.cumulative >= rank) return (previous.le + ((rank - previous.cumulative) / Math.max(1, bucket.cumulative - previous.cumulative)) * (bucket.le - previous.le)) * 1000;
        previous = bucket;
      }
      return null;
    };
    return { count, meanMs: count ? (sum / count) * 1000 : 0, p50Ms: quantile(0.5), p95Ms: quantile(0.95) };
  }
  const turns = await turnQuantiles(app.metrics);
  const delta = statsBefore && statsAfter ? (Object.fromEntries(STAT_COLUMNS.map((c) => [c, statsAfter[c] - statsBefore[c]])) as DatabaseStats) : undefined;
  const sortedPolls = passes.map((p) => p.pollMs).sort((a, b) => a - b);

  const summary = {
    date: new Date().toISOString(),
    database: db.kind,
    serverVersion,
    autovacuum,
    node: process.version,
    cpus: os.availableParallelism(),
    reminders: REMINDERS,
    due: DUE,
    conversations: DUE,
    seedMs: round(seedMs),
    scheduling: {
      realPath: { txSize: SCHEDULE_TX_SIZE, ms: round(realMs), jobsPerSecond: rate(REMINDERS, realMs) },
      createManyReference: { batchSize: CREATE_MANY_SIZE, ms: round(bulkMs), jobsPerSecond: rate(REMINDERS, bulkMs) },
      again: { jobs: SCHEDULE_TX_SIZE, ms: round(againMs), rowsBefore: countBefore, rowsAfter: countAfter },
      tableBytes,
    },
    analyzedBeforeFiring: analyzed,
    firing: {
      ms: round(fireMs),
      turnsPerSecond: rate(turns.count, fireMs),
      passes: passes.length,
      pollMs: { first: round(passes[0]?.pollMs ?? 0), last: round(passes.at(-1)?.pollMs ?? 0), median: round(sortedPolls[Math.floor(sortedPolls.length / 2)] ?? 0), total: round(sortedPolls.reduce((a, b) => a + b, 0)) },
      turns: { count: turns.count, meanMs: round(turns.meanMs), p50Ms: turns.p50Ms === null ? null : round(turns.p50Ms), p95Ms: turns.p95Ms === null ? null : round(turns.p95Ms) },
      cpuMs: { user: round(cpu.user / 1000), system: round(cpu.system / 1000) },
      rssAfterFiringMb: round(rssAfterFiring / 2 ** 20),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    },
    explain: Object.fromEntries(
      Object.entries(explained).map(([name, e]) => [name, { executionMs: e.executionMs, rows: e.rows, top: e.plan[0]?.trim(), buffers: e.plan.find((l) => l.includes('Buffers:'))?.trim() }]),
    ),
    explainBeforeAnalyze: analyzed
      ? Object.fromEntries(Object.entries(explainedUnanalyzed).map(([name, e]) => [name, { executionMs: e.executionMs, rows: e.rows, top: e.plan[0]?.trim() }]))
      : undefined,
    cpuProfileWhileFiring: cpuProfile,
    pgStatUserTables: tables,
    pgStatUserIndexes: indexes,
    claimQuery: Object.fromEntries(Object.entries(claimExplained).map(([name, e]) => [name, { executionMs: e.executionMs, seqScans: e.seqScans }])),
    loadAverage: { beforeFiring: loadBefore.map(round), afterFiring: loadAfter.map(round) },
    rssMbByPhase: rssByPhase,
    pgStatDatabase: delta ? { delta, perReminder: Object.fromEntries(STAT_COLUMNS.map((c) => [c, round(delta[c] / DUE)])) } : undefined,
    jobStatuses,
    outMessageStatuses,
    outboxStatuses,
    logs: { counts: logCounts, samples: logSamples },
    checks: Object.fromEntries(Object.entries(checks).map(([name, { expected, actual }]) => [name, expected === actual ? 'ok' : `expected ${expected}, got ${actual}`])),
  };

  console.log('');
  console.log('| Step | Figure |');
  console.log('| --- | --- |');
  const line = (step: string, figure: string) => console.log(`| ${step} | ${figure} |`);
  line('database', `${databaseLabel} (autovacuum setting: ${autovacuum})`);
  line('seeding (not a figure)', `${DUE} conversations + clients + cases in ${seconds(seedMs)}`);
  line(`schedule ${REMINDERS}, real path (tx of ${SCHEDULE_TX_SIZE})`, `${seconds(realMs)}, ${rate(REMINDERS, realMs)} jobs/s`);
  line(`schedule ${REMINDERS}, createMany × ${CREATE_MANY_SIZE} (reference)`, `${seconds(bulkMs)}, ${rate(REMINDERS, bulkMs)} jobs/s`);
  line(`schedule ${SCHEDULE_TX_SIZE} again`, `${countBefore} → ${countAfter} rows, ${seconds(againMs)}`);
  line('ScheduledJob table + indexes', `${round(tableBytes / 2 ** 20)} MB`);
  for (const [name, e] of Object.entries(explained)) line(`EXPLAIN ${name}${analyzed ? ' (after ANALYZE)' : ''}`, `${e.executionMs} ms, ${e.rows} rows — ${e.plan[0]?.trim().replace(/\s+\(cost.*$/, '')}`);
  if (analyzed) for (const [name, e] of Object.entries(explainedUnanalyzed)) line(`EXPLAIN ${name} (before ANALYZE)`, `${e.executionMs} ms, ${e.rows} rows — ${e.plan[0]?.trim().replace(/\s+\(cost.*$/, '')}`);
  line(`fire ${DUE} due`, `${seconds(fireMs)} wall, ${rate(turns.count, fireMs)} turns/s, ${passes.length} poller passes`);
  line('poller query', `first ${ms(passes[0]?.pollMs ?? 0)}, median ${ms(sortedPolls[Math.floor(sortedPolls.length / 2)] ?? 0)}, last ${ms(passes.at(-1)?.pollMs ?? 0)}`);
  line('turn duration (histogram)', `mean ${ms(turns.meanMs)}, p50 ≈ ${turns.p50Ms === null ? '?' : ms(turns.p50Ms)}, p95 ≈ ${turns.p95Ms === null ? '?' : ms(turns.p95Ms)} (${turns.count} turns, 16 at a time)`);
  line('node CPU while firing', `user ${seconds(cpu.user / 1000)}, system ${seconds(cpu.system / 1000)} (${round(((cpu.user + cpu.system) / 1000 / fireMs) * 100)} % of one core)`);
  line('RSS', `${round(rssAfterFiring / 2 ** 20)} MB after firing, peak ${round(process.resourceUsage().maxRSS / 1024)} MB`);
  for (const [table, stats] of Object.entries(tables)) line(`pg_stat_user_tables ${table}`, TABLE_COLUMNS.filter((c) => stats[c] !== 0).map((c) => `${c} ${stats[c]}`).join(', '));
  for (const [name, d] of Object.entries(indexes)) line(`pg_stat_user_indexes ${name}`, `idx_scan ${d.idx_scan}, idx_tup_read ${d.idx_tup_read}`);
  for (const [name, e] of Object.entries(claimExplained)) line(`EXPLAIN outbox claim, ${name}`, `${e.executionMs} ms — ${e.seqScans.join(', ') || 'no seq scan'}`);
  if (cpuProfile) {
    line('CPU profile while firing (self time)', Object.entries(cpuProfile.byGroup).map(([group, share]) => `${group} ${share} %`).join(', '));
    line('CPU profile, top functions', Object.entries(cpuProfile.byFunction).map(([name, share]) => `${name} ${share} %`).join(', '));
  }
  line('load average (1/5/15 min)', `before firing ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  line('RSS by phase', Object.entries(rssByPhase).map(([phase, mb]) => `${phase} ${mb} MB`).join(', '));
  if (delta) for (const c of STAT_COLUMNS) line(`pg_stat_database ${c}`, `${delta[c]} (${round(delta[c] / DUE)} per reminder)`);
  for (const [name, { expected, actual }] of Object.entries(checks)) line(`check ${name}`, expected === actual ? `ok (${actual})` : `FAILED: expected ${expected}, got ${actual}`);
  line('log lines (warn and above)', JSON.stringify(logCounts));
  console.log('');
  console.log(JSON.stringify(summary));
  for (const [name, e] of Object.entries(explained)) console.log(`\nEXPLAIN (ANALYZE, BUFFERS) ${name}:\n${e.query}\n${e.plan.join('\n')}`);
  for (const [name, e] of Object.entries(claimExplained)) console.log(`\nEXPLAIN (ANALYZE, BUFFERS) outbox claim, ${name}:\n${e.plan.join('\n')}`);
  if (logSamples.length > 0) console.log(`\nlog samples:\n${logSamples.join('\n')}`);

  failedChecks = failed.length;
} finally {
  await app?.stop().catch(() => undefined);
  await statsClient?.end().catch(() => undefined);
  await db.close().catch(() => undefined);
  if (args.keep) {
    console.log(`\nkept: ${benchUrl ?? path.join(tmp, 'pglite')}`);
  } else if (adminUrl && benchName) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${benchName}" WITH (FORCE)`);
    await admin.end();
  }
  if (!args.keep || benchUrl) await rm(tmp, { recursive: true, force: true });
}
process.exitCode = failedChecks > 0 ? 1 : 0;

/** --cpu-profile: the share of the firing's samples by where the code lives (a package, a project folder, GC). */
function summarizeProfile(profile: { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples?: number[] }): { byGroup: Record<string, number>; byFunction: Record<string, number> } {
  const groupOf = new Map<number, string>();
  for (const { id, callFrame } of profile.nodes) {
    const { url, functionName } = callFrame;
    const modules = url.split('node_modules/');
    const group = !url
      ? functionName.startsWith('(') ? functionName : '(native)'
      : modules.length > 1
        ? modules.at(-1)!.split('/').slice(0, modules.at(-1)!.startsWith('@') ? 2 : 1).join('/')
        : url.startsWith('node:')
          ? 'node:internal'
          : path.relative(path.resolve(import.meta.dirname, '..'), url.replace(/^file:\/\//, '')).split(path.sep)[0]!;
    groupOf.set(id, group);
  }
  const counts = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  for (const id of profile.samples ?? []) {
    counts.set(groupOf.get(id) ?? '?', (counts.get(groupOf.get(id) ?? '?') ?? 0) + 1);
    const name = `${groupOf.get(id)}:${frames.get(id)?.functionName || '(anonymous)'}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
  }
  const total = profile.samples?.length ?? 1;
  const top = (map: Map<string, number>, n: number) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, count]) => [key, round((count / total) * 100)]));
  return { byGroup: top(counts, 12), byFunction: top(byFunction, 12) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
}
function ms(milliseconds: number): string {
  return `${milliseconds.toFixed(milliseconds < 10 ? 2 : 1)} ms`;
}
function rate(count: number, milliseconds: number): number {
  return Math.round((count / milliseconds) * 1000);
}
