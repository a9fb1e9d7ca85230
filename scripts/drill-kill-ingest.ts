/**
 * Fault drill: SIGKILL the service in the middle of an ingest, restart it on
 * the same database and port, resend (as Twilio does) every webhook that was
 * not acknowledged, drain, then check that every acknowledged message was
 * stored and processed exactly once and that each driver got exactly one
 * reply at the (fake) provider: none lost, none sent twice.
 *
 *   npm run drill:kill-ingest -- [--rate 300] [--duration 20] [--kill-at 10] [--drain-cap 300] [--keep]
 *
 * DATABASE_URL: the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * a scratch database t911_bench_<random> is created and dropped at the end (--keep keeps it).
 * OUTBOX_LEASE_MS is 5 s so that a reply claimed by the killed process is recovered
 * (asked of the provider, then sent or not) within the drill.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_BODIES, buildTwilioWebhook, messageSidFor, senderFor, type TwilioWebhook } from './lib/build-twilio-webhook.js';
import { countIngestOutcome } from './lib/count-ingest-outcome.js';
import { scanLogForPersonalData } from './lib/scan-log-for-personal-data.js';
import { sendSignedWebhook, type WebhookOutcome } from './lib/send-signed-webhook.js';
import { createScratchDatabase } from './lib/create-scratch-database.js';
import { startFakeTwilioApi } from './lib/start-fake-twilio-api.js';
import { type ServiceProcess, startServiceProcess } from './lib/start-service-process.js';
import { waitForIngestDrain } from './lib/wait-for-ingest-drain.js';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '300' },
    duration: { type: 'string', default: '20' },
    'kill-at': { type: 'string', default: '10' },
    'drain-cap': { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});
const RATE = Number(args.rate);
const DURATION_MS = Number(args.duration) * 1000;
const KILL_AT_MS = Number(args['kill-at']) * 1000;

const ROOT = path.resolve(import.meta.dirname, '..');
const ACCOUNT_SID = 'AC' + randomBytes(16).toString('hex');
const AUTH_TOKEN = randomBytes(16).toString('hex');
const OUR_NUMBER = '+15145550100';
const WEBHOOK_PATH = '/webhooks/twilio/messaging';
const PUBLIC_BASE_URL = 'https://drill.ticket911.example';
const RUN_ID = randomBytes(8).toString('hex');
/** The service's start-up work after it listens: the knowledge store sync (bot/server/create-app.ts). */
const SETTLED = /knowledge store in line/;

const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = await createScratchDatabase({ adminUrl });
const dbName = scratch.name;
const dbUrl = scratch.url;
const tmp = await mkdtemp(path.join(os.tmpdir(), 't911-drill-'));
const logFile = path.join(tmp, 'service.log');
const fakeTwilio = await startFakeTwilioApi({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
const port = await (async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
})();
console.log(`database ${dbName}; service log ${logFile}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const env: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  DATABASE_URL: dbUrl,
  DATA_DIR: path.join(tmp, 'data'),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  PUBLIC_BASE_URL,
  HOST: '127.0.0.1',
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_NUMBER_QC: OUR_NUMBER,
  TWILIO_API_BASE_URL: fakeTwilio.baseUrl,
  OUTBOX_LEASE_MS: '5000',
  RATE_LIMIT_WEBHOOK_PER_MINUTE: '0',
  RATE_LIMIT_SENDER_PER_MINUTE: '0',
};
const start = () => startServiceProcess({ entry: path.join(ROOT, 'bot/server/main.ts'), env, port, logFile, settledLogPattern: SETTLED });
let service: ServiceProcess = await start();
const origin = service.origin;

// ---------------------------------------------------------------- load, kill, restart

const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
const webhooks: TwilioWebhook[] = [];
const outcomes: WebhookOutcome[] = [];
const firstOutcome: Record<WebhookOutcome, number> = { '2xx': 0, 'non-2xx': 0, error: 0 };
const inFlight = new Set<Promise<void>>();
const webhookFor = (index: number) =>
  buildTwilioWebhook({ authToken: AUTH_TOKEN, accountSid: ACCOUNT_SID, url: PUBLIC_BASE_URL + WEBHOOK_PATH, to: OUR_NUMBER, from: senderFor(index), body: BENCH_BODIES[index % BENCH_BODIES.length], messageSid: messageSidFor(RUN_ID, index) });
const send = (index: number) => {
  const done = sendSignedWebhook({ origin, path: WEBHOOK_PATH, webhook: webhooks[index], agent }).then(({ outcome }) => {
    outcomes[index] = outcome;
  });
  inFlight.add(done);
  void done.finally(() => inFlight.delete(done));
  return done;
};

// Warm-up: the first turns load (and tsx compiles) the runtime's modules; a driver or two before the load.
for (let index = 0; index < 10; index++) {
  webhooks[index] = webhookFor(index);
  outcomes[index] = 'error';
  await send(index);
}
const WARM = webhooks.length;
let killedAt = 0;
let restartedAt = 0;
let acknowledgedBeforeKill = 0;
const began = Date.now();
const restarting = (async () => {
  await sleep(KILL_AT_MS);
  acknowledgedBeforeKill = outcomes.filter((o) => o === '2xx').length;
  killedAt = Date.now() - began;
  service.child.kill('SIGKILL');
  await service.exited;
  console.log(`SIGKILL at ${(killedAt / 1000).toFixed(1)} s (${acknowledgedBeforeKill} acknowledged so far); restarting…`);
  service = await start();
  restartedAt = Date.now() - began;
  console.log(`restarted, answering at ${(restartedAt / 1000).toFixed(1)} s`);
})();
// A fixed schedule: request i leaves at i / RATE seconds, whatever the service does (Twilio does not wait);
// what the dead service could not take is resent below, once it is back.
for (let index = WARM; Date.now() - began < DURATION_MS; index++) {
  const due = began + ((index - WARM) * 1000) / RATE;
  if (due > Date.now()) await sleep(due - Date.now());
  webhooks[index] = webhookFor(index);
  outcomes[index] = 'error';
  void send(index);
}
await Promise.all(inFlight);
for (const outcome of outcomes) firstOutcome[outcome] += 1;
await restarting;
console.log(`sent ${webhooks.length} in ${((Date.now() - began) / 1000).toFixed(0)} s: 2xx ${firstOutcome['2xx']}, non-2xx ${firstOutcome['non-2xx']}, no answer ${firstOutcome.error}`);

// Twilio's retries: every webhook without a 2xx, again, until all are acknowledged.
let rounds = 0;
let resent = 0;
for (; rounds < 20; rounds++) {
  const pending = outcomes.flatMap((outcome, index) => (outcome === '2xx' ? [] : [index]));
  if (pending.length === 0) break;
  resent += pending.length;
  for (let i = 0; i < pending.length; i += 100) await Promise.all(pending.slice(i, i + 100).map(send));
  if (outcomes.some((o) => o !== '2xx')) await sleep(1_000);
}
const unacknowledged = outcomes.filter((o) => o !== '2xx').length;
console.log(`resent ${resent} webhooks over ${rounds} rounds; still unacknowledged ${unacknowledged}`);

// ---------------------------------------------------------------- verify

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const drain = await waitForIngestDrain({ db, capMs: Number(args['drain-cap']) * 1000, pollMs: 2_000 });
const acknowledged = outcomes.flatMap((outcome, index) => (outcome === '2xx' ? [messageSidFor(RUN_ID, index)] : []));
const outcome = await countIngestOutcome({ db, acknowledged, senderOf: (sid) => senderFor(Number.parseInt(sid.slice(-16), 16)), sendsTo: fakeTwilio.sendsTo });
const { rows: audit } = await db.query<{ failed: string; dead: string }>(
  `SELECT (SELECT count(*) FROM "Message" WHERE direction = 'in' AND status = 'failed') AS failed,
          (SELECT count(*) FROM "OutboxEntry" WHERE status = 'dead') AS dead`,
);
await db.end();
service.child.kill('SIGTERM');
await service.exited;
agent.destroy();
const logScan = await scanLogForPersonalData({
  lines: readline.createInterface({ input: createReadStream(logFile), crlfDelay: Infinity }),
  needles: [...BENCH_BODIES.map((value) => ({ kind: 'body' as const, value })), { kind: 'secret' as const, value: AUTH_TOKEN }, ...webhooks.slice(0, 50).map((w) => ({ kind: 'secret' as const, value: w.headers['x-twilio-signature'] }))],
});

const lost = outcome.lost + unacknowledged;
const duplicated = outcome.duplicateRows + outcome.sendersAnsweredTwiceOrMore + outcome.conversationsNotOneTurn;
const report = {
  loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  rate: RATE,
  sent: webhooks.length,
  firstAttempt: firstOutcome,
  killedAtMs: killedAt,
  restartedAtMs: restartedAt,
  downtimeMs: restartedAt - killedAt,
  acknowledgedBeforeKill,
  resent,
  retryRounds: rounds,
  unacknowledged,
  drain,
  outcome,
  inboundFailed: Number(audit[0].failed),
  outboxDead: Number(audit[0].dead),
  logScan: { lines: logScan.lines, hits: logScan.hits, byKind: logScan.byKind, samples: logScan.samples },
};
console.log(JSON.stringify(report, null, 2));
const ok = lost === 0 && duplicated === 0 && outcome.sendersUnanswered === 0 && outcome.stillReceived === 0 && logScan.hits === 0;
console.log(
  `\nDrill: ${webhooks.length} webhooks at ${RATE}/s, SIGKILL at ${(killedAt / 1000).toFixed(1)} s, back after ${((restartedAt - killedAt) / 1000).toFixed(1)} s; ` +
    `${outcome.acknowledged} acknowledged (${firstOutcome['2xx']} first time, ${resent} resends), ${outcome.processed} processed, ` +
    `${outcome.sendersAnsweredOnce} drivers answered once, ${outcome.sendersUnanswered} unanswered; log scan ${logScan.hits} hits\n` +
    `lost: ${lost}, duplicated: ${duplicated}${ok ? '' : '  ← FAILED'}`,
);

await fakeTwilio.close();
if (!args.keep) {
  await scratch.drop();
  await rm(tmp, { recursive: true, force: true });
} else {
  console.log(`kept database ${dbName} and ${tmp}`);
}
process.exit(ok ? 0 : 1);
