/**
 * Whole journeys under load: C concurrent web-chat conversations against the
 * real service (a child process), each sending a generated ticket photo and
 * going through the summary, YES, the offline analysis and the quote.
 * A measurement, not a test (see BENCHMARKS.md).
 *
 * Run with node --import tsx (package.json does), not the tsx CLI: tsx SIGKILLs a child that is slow to
 * acknowledge Ctrl-C, which would lose the partial report.
 *
 *   npm run bench:journeys -- [--conversations 1000] [--concurrency N] [--pglite] [--keep]
 *                             [--seed 1] [--step-timeout-ms 900000] [--alone-runs 10]
 *
 * --conversations 1: the "alone" mode, --alone-runs (10) single conversations one after the
 * other: the median photo → score + quote when nothing else runs.
 * Database: PostgreSQL from DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
 * a scratch database t911_bench_<random> dropped at the end unless --keep; or the embedded PGlite
 * with --pglite. Progress every 10 s; Ctrl-C stops the conversations and prints what was measured.
 * The service runs with its defaults (OCR_WORKERS = cores) except the per-client HTTP rate limits,
 * turned off: every conversation comes from this one loopback address.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { readProcessUsage } from './lib/read-process-usage.js';
import { scanLogForPersonalData } from './lib/scan-log-for-personal-data.js';
import { startServiceProcess } from './lib/start-service-process.js';
import { prepareJourneyPhotos } from './lib/journeys-photos.js';
import { type JourneyRecord, runJourneyConversation } from './lib/journeys-run-conversation.js';
import { describeDistribution, renderJourneysTable, summarizeJourneys } from './lib/journeys-report.js';

const { values: args } = parseArgs({
  options: {
    conversations: { type: 'string', default: '1000' },
    concurrency: { type: 'string' },
    pglite: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'step-timeout-ms': { type: 'string', default: '900000' },
    'alone-runs': { type: 'string', default: '10' },
    port: { type: 'string', default: '0' },
  },
});
const CONVERSATIONS = Number(args.conversations);
const ALONE = CONVERSATIONS === 1;
const RUNS = ALONE ? Number(args['alone-runs']) : CONVERSATIONS;
const CONCURRENCY = ALONE ? 1 : Math.min(CONVERSATIONS, Number(args.concurrency ?? CONVERSATIONS));
const STEP_TIMEOUT_MS = Number(args['step-timeout-ms']);
const SEED = Number(args.seed);
if (![CONVERSATIONS, RUNS, CONCURRENCY, STEP_TIMEOUT_MS, SEED].every((n) => Number.isInteger(n) && n > 0)) throw new Error('numbers must be positive integers');
const log = (line: string) => console.error(`[bench:journeys ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---------------------------------------------------------------- photos (not measured)
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Montreal' }).format(new Date());
const photos = await prepareJourneyPhotos({ count: Math.min(RUNS, 300), seed: SEED, today, log });

// ---------------------------------------------------------------- database and service
const tmp = await mkdtemp(path.join(os.tmpdir(), 't911-journeys-'));
const logFile = path.join(tmp, 'service.log');
const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
let benchName: string | undefined;
let benchUrl: string | undefined;
if (!args.pglite) {
  benchName = `t911_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${benchName}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${benchName}`;
  benchUrl = url.toString();
}
const port = Number(args.port) || 20_000 + Math.floor(Math.random() * 20_000);
const env: Record<string, string> = {
  NODE_ENV: 'production',
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  DATA_DIR: path.join(tmp, 'data'),
  PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  RATE_LIMIT_CHAT_PER_MINUTE: '0',
  RATE_LIMIT_SENDER_PER_MINUTE: '0',
  RATE_LIMIT_PAGES_PER_MINUTE: '0',
  RATE_LIMIT_API_PER_MINUTE: '0',
  ...(benchUrl ? { DATABASE_URL: benchUrl } : {}),
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('OCR_')) as [string, string][]),
};
log(`starting the service on port ${port} (${benchUrl ? `PostgreSQL ${benchName}` : 'PGlite'}), log ${logFile}`);
const service = await startServiceProcess({ entry: 'bot/server/main.ts', env, port, logFile, settledLogPattern: /knowledge store in line with the corpus/, readyTimeoutMs: 300_000 });
const usageBefore = await readProcessUsage(service.pid);
const sizeOfTables = async (query: (sql: string) => Promise<{ rows: { bytes: string | number }[] }>) =>
  Number(
    (await query(`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`)).rows[0].bytes,
  );
const pgQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  try {
    return await client.query<{ bytes: string }>(sql);
  } finally {
    await client.end();
  }
};
const bytesBefore = benchUrl ? await sizeOfTables(pgQuery) : null;

// ---------------------------------------------------------------- the conversations
const stop = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('Ctrl-C: stopping the conversations, the report follows (Ctrl-C again to quit at once)');
  stop.abort();
});
const records: JourneyRecord[] = [];
const steps = { started: 0, consented: 0, summary: 0, score: 0, quote: 0 };
let peakUsage = usageBefore;
const started = performance.now();
const progress = setInterval(() => {
  void readProcessUsage(service.pid).then((usage) => {
    if (usage) peakUsage = usage;
    const elapsed = Math.round((performance.now() - started) / 1000);
    log(`${elapsed} s: started ${steps.started}, consented ${steps.consented}, summaries ${steps.summary}, scores ${steps.score}, quotes ${steps.quote}, finished ${records.length}/${RUNS}, errors ${records.filter((r) => r.outcome === 'error').length}; service RSS peak ${usage?.peakRssMb ?? '?'} MB, CPU ${usage ? (usage.cpuSeconds - (usageBefore?.cpuSeconds ?? 0)).toFixed(0) : '?'} s`);
  });
}, 10_000);
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (!stop.signal.aborted && next < RUNS) {
      const index = next++;
      steps.started++;
      records.push(
        await runJourneyConversation({ origin: service.origin, photo: photos[index % photos.length], stepTimeoutMs: STEP_TIMEOUT_MS, signal: stop.signal, onStep: (step) => steps[step]++ }),
      );
    }
  }),
);
clearInterval(progress);
const wallMs = performance.now() - started;
const usageAfter = (await readProcessUsage(service.pid)) ?? peakUsage;

// ---------------------------------------------------------------- after: storage, logs, clean-up
let bytesAfter: number | null = null;
if (benchUrl) bytesAfter = await sizeOfTables(pgQuery);
service.child.kill('SIGTERM');
await service.exited;
if (!benchUrl) {
  const db = new PGlite(path.join(tmp, 'data', 'pglite'));
  bytesAfter = await sizeOfTables((sql) => db.query<{ bytes: number }>(sql));
  await db.close();
}
const logScan = await scanLogForPersonalData({ lines: readline.createInterface({ input: createReadStream(logFile), crlfDelay: Infinity }), needles: [{ kind: 'secret', value: env.DATA_ENCRYPTION_KEY }] });
const failedTurns = await countLines(logFile, /"msg":"(turn failed|ticket read failed|case analysis failed)"/);
if (benchName && !args.keep) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${benchName}" WITH (FORCE)`);
  await admin.end();
}
if (!args.keep) await rm(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- report
const summary = summarizeJourneys(records);
const report = {
  date: new Date().toISOString(),
  mode: ALONE ? `alone: ${RUNS} single conversations one after the other` : `${RUNS} conversations, ${CONCURRENCY} at a time`,
  interrupted,
  database: benchUrl ? 'PostgreSQL (scratch database)' : 'PGlite (embedded)',
  cores: os.availableParallelism(),
  ocrWorkers: Number(env.OCR_WORKERS ?? os.availableParallelism()),
  wallSeconds: Math.round(wallMs / 100) / 10,
  quotesPerMinute: Math.round((summary.quoted / (wallMs / 60_000)) * 10) / 10,
  ...summary,
  aloneMedianPhotoToQuoteMs: ALONE ? describeDistribution(records.flatMap((r) => (r.photoToQuoteMs ? [r.photoToQuoteMs] : []))).p50 : undefined,
  service: { peakRssMb: usageAfter?.peakRssMb ?? null, cpuSeconds: usageAfter && usageBefore ? Math.round((usageAfter.cpuSeconds - usageBefore.cpuSeconds) * 10) / 10 : null },
  persisted: {
    how: 'pg_total_relation_size of every table of schema public (indexes and TOAST included), after the run' + (bytesBefore !== null ? ', minus before the run' : ' (PGlite: no before, empty tables included)'),
    totalBytes: bytesAfter,
    bytesPerConversation: bytesAfter === null ? null : Math.round((bytesAfter - (bytesBefore ?? 0)) / Math.max(1, summary.conversations)),
  },
  failedTurnsInLog: failedTurns,
  logScan: { lines: logScan.lines, leaks: logScan.hits, byKind: logScan.byKind },
};
console.log(`\n## bench:journeys — ${report.mode}${interrupted ? ' (interrupted: partial)' : ''}\n`);
console.log(renderJourneysTable(summary));
console.log(
  `\n${summary.quoted} of ${summary.conversations} quoted (${summary.quotedWithoutScore} without a score), ${summary.notConfirmable} summaries not confirmable as read, ${summary.errors} errors ${JSON.stringify(summary.errorKinds)}${summary.stopped ? ` (${summary.stopped} stopped by Ctrl-C, not errors)` : ''}; ` +
    `${summary.busyNotices} "in line" notices to ${summary.conversationsTold} drivers; ${report.wallSeconds} s wall, ${report.quotesPerMinute} quotes/min; ` +
    `service peak RSS ${report.service.peakRssMb} MB, CPU ${report.service.cpuSeconds} s; ${report.persisted.bytesPerConversation} bytes persisted per conversation; ` +
    `${failedTurns} failed turns/reads/analyses in the log; log scan: ${logScan.hits} leaks in ${logScan.lines} lines` +
    (ALONE ? `; alone: median photo → score + quote ${report.aloneMedianPhotoToQuoteMs} ms (target ≤ 5000)` : ''),
);
console.log('\n```json\n' + JSON.stringify(report, null, 2) + '\n```');

async function countLines(file: string, pattern: RegExp): Promise<number> {
  let count = 0;
  for await (const line of readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (pattern.test(line)) count++;
  return count;
}
