/**
 * Ingest under load: signed Twilio webhooks from distinct senders against the
 * real service (a child process) on a scratch PostgreSQL database, at fixed
 * rates then flat out, compared in the same run with a bare endpoint doing one
 * INSERT per request on the same database. A measurement, not a test.
 *
 *   npm run bench:ingest -- [--rates 100,300,1000] [--duration 60] [--max-duration 30]
 *                            [--connections 50] [--drain-cap 240] [--warmup 10] [--cpu-profile] [--keep] [--node-arg=…]
 *
 * DATABASE_URL: the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * a database t911_bench_<random> is created on it and dropped at the end (--keep keeps it).
 * Each fixed-rate phase is followed by a drain (every inbound processed, every reply sent)
 * so phases do not overlap. After the run: messages lost (acknowledged SIDs with no row),
 * processed once, replies per sender at the fake Twilio (exactly one: the consent notice),
 * the service's peak RSS and CPU time, and a scan of its whole log for personal data.
 * --cpu-profile runs the service under `node --cpu-prof` and prints where its time went.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_BODIES, buildTwilioWebhook, messageSidFor, senderFor } from './lib/build-twilio-webhook.js';
import { countIngestOutcome, type IngestOutcome } from './lib/count-ingest-outcome.js';
import { readProcessUsage } from './lib/read-process-usage.js';
import { runWebhookLoad, type WebhookLoadResult } from './lib/run-webhook-load.js';
import { scanLogForPersonalData, type LogNeedle } from './lib/scan-log-for-personal-data.js';
import { createScratchDatabase } from './lib/create-scratch-database.js';
import { startFakeTwilioApi } from './lib/start-fake-twilio-api.js';
import { startServiceProcess } from './lib/start-service-process.js';
import { summarizeCpuProfile, type CpuProfile } from './lib/summarize-cpu-profile.js';
import { waitForIngestDrain } from './lib/wait-for-ingest-drain.js';

const { values: args } = parseArgs({
  options: {
    rates: { type: 'string', default: '100,300,1000' },
    duration: { type: 'string', default: '60' },
    'max-duration': { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    'drain-cap': { type: 'string', default: '240' },
    warmup: { type: 'string', default: '10' },
    // Extra flags for the service's node, e.g. --node-arg=--import=pdfjs-dist/legacy/build/pdf.mjs to measure the pdfjs polyfills again.
    'node-arg': { type: 'string', multiple: true, default: [] },
    'cpu-profile': { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const RATES = args.rates.split(',').map(Number).filter((n) => n > 0);
const DURATION = Number(args.duration);
const MAX_DURATION = Number(args['max-duration']);
const CONNECTIONS = Number(args.connections);
const DRAIN_CAP_MS = Number(args['drain-cap']) * 1000;

const ROOT = path.resolve(import.meta.dirname, '..');
const ACCOUNT_SID = 'AC' + randomBytes(16).toString('hex');
const AUTH_TOKEN = randomBytes(16).toString('hex');
const OUR_NUMBER = '+15145550100';
const WEBHOOK_PATH = '/webhooks/twilio/messaging';
const PUBLIC_BASE_URL = 'https://bench.ticket911.example';
const RUN_ID = randomBytes(8).toString('hex');
/** The service's start-up work after it listens: the knowledge store sync (bot/server/create-app.ts). */
const SETTLED = /knowledge store in line/;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------- set-up

const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = await createScratchDatabase({ adminUrl });
const benchName = scratch.name;
const benchUrl = scratch.url;
const tmp = await mkdtemp(path.join(os.tmpdir(), 't911-bench-ingest-'));
const logFile = path.join(tmp, 'service.log');
const profileDir = path.join(tmp, 'cpu-profile');
const fakeTwilio = await startFakeTwilioApi({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
const servicePort = await freePort();
const loadBefore = os.loadavg();
console.log(`database ${benchName}; service log ${logFile}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} cores`);

const serviceEnv: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  DATABASE_URL: benchUrl,
  DATA_DIR: path.join(tmp, 'data'),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  PUBLIC_BASE_URL,
  HOST: '127.0.0.1',
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_NUMBER_QC: OUR_NUMBER,
  TWILIO_API_BASE_URL: fakeTwilio.baseUrl,
  // Another change adds rate limits; the benchmark measures the pipeline, not the limiter (0 = off, unknown = ignored).
  RATE_LIMIT_WEBHOOK_PER_MINUTE: '0',
  RATE_LIMIT_SENDER_PER_MINUTE: '0',
};
const service = await startServiceProcess({
  entry: path.join(ROOT, 'bot/server/main.ts'),
  env: serviceEnv,
  port: servicePort,
  logFile,
  nodeArgs: [...(args['cpu-profile'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...args['node-arg']],
  settledLogPattern: SETTLED,
});
const db = new pg.Client({ connectionString: benchUrl });
await db.connect();

// ---------------------------------------------------------------- load

const phases: (Omit<WebhookLoadResult, 'acknowledged'> & { drainMs: number; drained: boolean })[] = [];
const acknowledged: string[] = [];
let nextIndex = 0;
const signatureSamples: string[] = [];
const loadCommon = { origin: service.origin, signedUrl: PUBLIC_BASE_URL + WEBHOOK_PATH, path: WEBHOOK_PATH, authToken: AUTH_TOKEN, accountSid: ACCOUNT_SID, to: OUR_NUMBER, runId: RUN_ID };

async function phase(rate: number | undefined, durationSeconds: number, connections: number) {
  console.log(`${rate ? `${rate} msg/s` : 'max rate'} for ${durationSeconds} s over ${connections} connections…`);
  const result = await runWebhookLoad({ ...loadCommon, firstIndex: nextIndex, durationSeconds, connections, rate });
  nextIndex = result.nextIndex;
  acknowledged.push(...result.acknowledged);
  const drain = await waitForIngestDrain({ db, capMs: DRAIN_CAP_MS, pollMs: 2_000 });
  const { acknowledged: _sids, ...summary } = result;
  phases.push({ ...summary, drainMs: drain.elapsedMs, drained: drain.drained });
  console.log(`  2xx ${result.ok2xx}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; ${result.throughput} msg/s; p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; drained ${drain.drained} in ${(drain.elapsedMs / 1000).toFixed(1)} s`);
}

// Warm-up, not reported: the first turns load (and tsx compiles) the machine, i18n and runtime modules and V8 has not optimised anything yet.
if (Number(args.warmup) > 0) {
  console.log(`warm-up: 20 msg/s for ${args.warmup} s…`);
  const warm = await runWebhookLoad({ ...loadCommon, firstIndex: nextIndex, durationSeconds: Number(args.warmup), connections: 5, rate: 20 });
  nextIndex = warm.nextIndex;
  acknowledged.push(...warm.acknowledged);
  await waitForIngestDrain({ db, capMs: DRAIN_CAP_MS, pollMs: 1_000 });
}
for (const rate of RATES) await phase(rate, DURATION, Math.min(200, Math.max(10, Math.ceil(rate / 10))));
await phase(undefined, MAX_DURATION, CONNECTIONS);
for (let i = 0; i < 50; i++) {
  // Signatures of a sample of the requests sent: none may appear in the log.
  const index = Math.floor((i * nextIndex) / 50);
  signatureSamples.push(buildTwilioWebhook({ ...loadCommon, url: loadCommon.signedUrl, from: senderFor(index), body: BENCH_BODIES[index % BENCH_BODIES.length], messageSid: messageSidFor(RUN_ID, index) }).headers['x-twilio-signature']);
}

// ---------------------------------------------------------------- outcome

const outcome: IngestOutcome = await countIngestOutcome({
  db,
  acknowledged,
  senderOf: (sid) => senderFor(Number.parseInt(sid.slice(-16), 16)),
  sendsTo: fakeTwilio.sendsTo,
});
const usage = await readProcessUsage(service.pid);
service.child.kill('SIGTERM');
await service.exited;
await db.end();

// ---------------------------------------------------------------- bare INSERT

let bare: Omit<WebhookLoadResult, 'acknowledged' | 'nextIndex'> & { rows: number } = undefined as never;
if (!args['skip-bare']) {
  const barePort = await freePort();
  const bareProcess = await startServiceProcess({ entry: path.join(ROOT, 'scripts/lib/bare-insert-server.ts'), env: { DATABASE_URL: benchUrl }, port: barePort, logFile: path.join(tmp, 'bare.log'), readyPath: '/' });
  console.log(`bare INSERT endpoint, max rate for ${MAX_DURATION} s over ${CONNECTIONS} connections…`);
  // Same body and size as the webhooks (a signed Twilio form), unchecked.
  const result = await runWebhookLoad({ ...loadCommon, origin: bareProcess.origin, runId: randomBytes(8).toString('hex'), firstIndex: 0, durationSeconds: MAX_DURATION, connections: CONNECTIONS });
  bareProcess.child.kill('SIGTERM');
  await bareProcess.exited;
  const check = new pg.Client({ connectionString: benchUrl });
  await check.connect();
  const rows = Number((await check.query<{ n: string }>('SELECT count(*) AS n FROM bench_bare')).rows[0].n);
  await check.end();
  const { acknowledged: _sids, nextIndex: _next, ...summary } = result;
  bare = { ...summary, rows };
  console.log(`  ${result.throughput} req/s; p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; ${rows} rows`);
}

// ---------------------------------------------------------------- log scan

const needles: LogNeedle[] = [
  ...BENCH_BODIES.map((value) => ({ kind: 'body' as const, value })),
  { kind: 'secret', value: AUTH_TOKEN },
  { kind: 'secret', value: serviceEnv.DATA_ENCRYPTION_KEY },
  ...signatureSamples.map((value) => ({ kind: 'secret' as const, value })),
];
const logScan = await scanLogForPersonalData({ lines: readline.createInterface({ input: createReadStream(logFile), crlfDelay: Infinity }), needles });

// ---------------------------------------------------------------- profile

let profile: ReturnType<typeof summarizeCpuProfile> | undefined;
if (args['cpu-profile']) {
  const files = (await readdir(profileDir).catch(() => [] as string[])).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length > 0) profile = summarizeCpuProfile({ profile: JSON.parse(await readFile(path.join(profileDir, files[0]), 'utf8')) as CpuProfile, root: ROOT });
}

// ---------------------------------------------------------------- report

const maxPhase = phases.find((p) => p.rate === 'max');
const at300 = phases.find((p) => p.rate === 300);
const report = {
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100), loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
  database: { server: new URL(adminUrl).host, name: benchName },
  phases,
  bareInsert: bare ?? null,
  ratioOfBare: bare && maxPhase ? Math.round((maxPhase.throughput / bare.throughput) * 100) / 100 : null,
  outcome,
  service: usage,
  logScan: { lines: logScan.lines, hits: logScan.hits, byKind: logScan.byKind, samples: logScan.samples },
  targets: {
    p99At300Under25ms: at300 ? at300.latencyMs.p99 <= 25 : null,
    halfOfBare: bare && maxPhase ? maxPhase.throughput >= 0.5 * bare.throughput : null,
    noneLost: outcome.lost === 0,
    noneAnsweredTwice: outcome.sendersAnsweredTwiceOrMore === 0,
    logClean: logScan.hits === 0,
  },
  ...(profile ? { cpuProfile: profile } : {}),
};
console.log(JSON.stringify(report, null, 2));

const row = (name: string, p: Omit<WebhookLoadResult, 'acknowledged' | 'nextIndex'> & { drainMs?: number }) =>
  `| ${name} | ${p.durationSeconds} s × ${p.connections} conn | ${p.sent} | ${p.ok2xx} | ${p.non2xx} | ${p.errors + p.timeouts} | ${p.throughput} | ${p.latencyMs.p50} | ${p.latencyMs.p90} | ${p.latencyMs.p99} | ${p.latencyMs.max} | ${p.drainMs === undefined ? '—' : (p.drainMs / 1000).toFixed(1) + ' s'} |`;
console.log(
  [
    '',
    `Ingest benchmark — ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${report.machine.loadAverageBefore.join(' ')} → ${report.machine.loadAverageAfter.join(' ')}, PostgreSQL ${report.database.server}`,
    '',
    '| phase | length | sent | 2xx | non-2xx | errors+timeouts | msg/s (2xx) | p50 ms | p90 ms | p99 ms | max ms | drain |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...phases.map((p) => row(p.rate === 'max' ? 'service, max rate' : `service, ${p.rate} msg/s`, p)),
    ...(bare ? [row('bare INSERT, max rate', bare)] : []),
    '',
    `- Throughput as a fraction of the bare INSERT endpoint: **${report.ratioOfBare ?? 'n/a'}** (target ≥ 0.5)`,
    `- p99 ack at 300 msg/s: **${at300?.latencyMs.p99 ?? 'n/a'} ms** (target ≤ 25 ms)`,
    `- Acknowledged ${outcome.acknowledged}, lost **${outcome.lost}**, duplicate rows ${outcome.duplicateRows}, processed ${outcome.processed}, still received ${outcome.stillReceived}, conversations not at one turn ${outcome.conversationsNotOneTurn}`,
    `- Replies at the fake Twilio: ${outcome.outboundSends}; senders answered once ${outcome.sendersAnsweredOnce}, unanswered ${outcome.sendersUnanswered}, twice or more **${outcome.sendersAnsweredTwiceOrMore}**`,
    `- Service peak RSS ${usage?.peakRssMb ?? '?'} MB, CPU time ${usage?.cpuSeconds ?? '?'} s`,
    `- Log scan: ${logScan.lines} lines, **${logScan.hits} hits** (phone ${logScan.byKind.phone}, licence ${logScan.byKind.licence}, body ${logScan.byKind.body}, secret ${logScan.byKind.secret})`,
  ].join('\n'),
);
if (profile) {
  console.log('\nCPU profile, self time by group (%):', profile.selfByGroup);
  console.log('CPU profile, self time by function (%):', profile.selfByFunction);
  console.log('CPU profile, inclusive time of project functions (% of busy):', profile.inclusiveProjectFunctions);
}

// ---------------------------------------------------------------- clean-up

await fakeTwilio.close();
if (!args.keep) {
  await scratch.drop();
  await rm(tmp, { recursive: true, force: true });
} else {
  console.log(`kept database ${benchName} and ${tmp}`);
}

// Nothing may keep the run alive once reported (keep-alive sockets of the load generator).
process.exit(0);
