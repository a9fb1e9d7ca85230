/**
 * Drill: PostgreSQL restarted under load. Starts the real server (bot/server/main.ts,
 * its loops running) on a scratch database, sends signed Twilio webhooks from many
 * phones the way Twilio does (a non-2xx answer or a dropped connection is retried
 * with the same MessageSid), restarts the cluster with pg_ctlcluster in the middle,
 * then counts what was acknowledged, stored, processed and sent, and prints what was
 * lost or repeated (both must be 0). A drill, not a test: it restarts a shared server.
 *
 *   npm run drill:pg-restart -- [--phones 20] [--messages 10] [--cluster 15/main] [--keep]
 *
 * DRILL_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres): a database
 * t911_drill_<random> is created from it and dropped at the end (--keep keeps it).
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import twilio from 'twilio';
import { startFakeTwilio } from '../test/support/start-fake-twilio.js';

const { values: args } = parseArgs({
  options: { phones: { type: 'string', default: '20' }, messages: { type: 'string', default: '10' }, cluster: { type: 'string', default: '15/main' }, keep: { type: 'boolean', default: false } },
});
const PHONES = Number(args.phones);
const MESSAGES = Number(args.messages);
const [CLUSTER_VERSION, CLUSTER_NAME] = args.cluster!.split('/') as [string, string];
const ADMIN_URL = process.env.DRILL_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const OUR_NUMBER = '+15145550100';
const WEBHOOK_PATH = '/webhooks/twilio/messaging';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    try {
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    } catch (error) {
      if (attempt >= 30) throw error;
      await sleep(500);
    }
  }
}

async function main() {
  const name = `t911_drill_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${name}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 't911-drill-'));
  const fake = await startFakeTwilio();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'bot/server/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: base,
      DATABASE_URL: dbUrl.toString(),
      DATA_DIR: dataDir,
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.baseUrl,
      TWILIO_NUMBER_QC: OUR_NUMBER,
      RATE_LIMIT_WEBHOOK_PER_MINUTE: '0',
      RATE_LIMIT_SENDER_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stats = { sent: 0, acks: 0, status503: 0, otherStatus: 0, connectionErrors: 0, retries: 0 };
  const acknowledged = new Set<string>();
  try {
    // Ready?
    for (let i = 0; ; i++) {
      const status = await fetch(`${base}/readyz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      if (i > 600) throw new Error('the server did not become ready');
      await sleep(100);
    }

    // /readyz sampled every 100 ms: when it went false and when it came back.
    let firstNotReady: number | null = null;
    let backReady: number | null = null;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const status = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(3_000) }).then((r) => r.status, () => 0);
        const at = performance.now();
        if (status !== 200 && firstNotReady === null) firstNotReady = at;
        if (status === 200 && firstNotReady !== null && backReady === null) backReady = at;
        await sleep(100);
      }
    })();

    const post = async (params: Record<string, string>) => {
      const body = new URLSearchParams(params).toString();
      const signature = twilio.getExpectedTwilioSignature(fake.authToken, base + WEBHOOK_PATH, params);
      return fetch(base + WEBHOOK_PATH, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body, signal: AbortSignal.timeout(15_000) }).then(
        (r) => r.status,
        () => 0,
      );
    };
    // Like Twilio: the same MessageSid again until a 2xx.
    const deliver = async (from: string, text: string) => {
      const sid = `SM${randomBytes(16).toString('hex')}`;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) stats.retries++;
        stats.sent++;
        const status = await post({ MessageSid: sid, SmsSid: sid, AccountSid: fake.accountSid, From: from, To: OUR_NUMBER, Body: text, NumMedia: '0' });
        if (status >= 200 && status < 300) {
          stats.acks++;
          acknowledged.add(sid);
          return;
        }
        if (status === 503) stats.status503++;
        else if (status === 0) stats.connectionErrors++;
        else stats.otherStatus++;
        await sleep(Math.min(2_000, 200 * 2 ** Math.min(attempt, 4)));
      }
    };
    const phones = Array.from({ length: PHONES }, (_, i) => `+1514556${String(1000 + i)}`);
    const load = Promise.all(
      phones.map(async (from) => {
        for (let m = 0; m < MESSAGES; m++) {
          await deliver(from, m === 0 ? 'allo' : `message ${m}`);
          await sleep(100);
        }
      }),
    );
    await sleep(Math.max(300, MESSAGES * 40));
    const restartStarted = performance.now();
    console.error(`restarting PostgreSQL ${CLUSTER_VERSION}/${CLUSTER_NAME} under load…`);
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', CLUSTER_VERSION, CLUSTER_NAME, 'restart'], { stdio: 'inherit' });
    const restartMs = performance.now() - restartStarted;
    await load;

    // Let the worker and the outbox finish: everything acknowledged processed, everything queued sent.
    const db = new pg.Client({ connectionString: dbUrl.toString() });
    await db.connect();
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
    const drainStarted = performance.now();
    for (;;) {
      const pendingIn = await count(`SELECT count(*) n FROM "Message" WHERE direction = 'in' AND status = 'received'`);
      const pendingOut = await count(`SELECT count(*) n FROM "OutboxEntry" WHERE status IN ('pending', 'sending')`);
      if ((pendingIn === 0 && pendingOut === 0) || performance.now() - drainStarted > 120_000) break;
      await sleep(250);
    }
    sampling = false;
    await sampler;

    const sids = [...acknowledged];
    const inboundRows = await count(`SELECT count(*) n FROM "Message" WHERE direction = 'in' AND "providerId" = ANY($1)`, [sids]);
    const processed = await count(`SELECT count(*) n FROM "Message" WHERE direction = 'in' AND status = 'processed' AND "providerId" = ANY($1)`, [sids]);
    const allInbound = await count(`SELECT count(*) n FROM "Message" WHERE direction = 'in'`);
    const outboundRows = await count(`SELECT count(*) n FROM "Message" WHERE direction = 'out'`);
    const outboxSent = await count(`SELECT count(*) n FROM "OutboxEntry" WHERE status = 'sent'`);
    const outboxOther = await count(`SELECT count(*) n FROM "OutboxEntry" WHERE status <> 'sent'`);
    const failedJobs = await count(`SELECT count(*) n FROM "ScheduledJob" WHERE status = 'failed'`);
    const distinctProviderSends = new Set(fake.sent.map((m) => m.sid)).size;
    await db.end();

    const lost = sids.length - processed + outboxOther;
    const repeated = allInbound - inboundRows + (fake.sent.length - outboxSent);
    const report = {
      webhookPosts: stats.sent,
      acks: stats.acks,
      uniqueAcknowledged: sids.length,
      answered503: stats.status503,
      connectionErrors: stats.connectionErrors,
      otherStatuses: stats.otherStatus,
      retries: stats.retries,
      inboundRows,
      inboundProcessed: processed,
      outboundRows,
      outboxSent,
      outboxNotSent: outboxOther,
      twilioSends: fake.sent.length,
      distinctTwilioSends: distinctProviderSends,
      failedJobs,
      pgRestartMs: Math.round(restartMs),
      readyzFalseMs: firstNotReady !== null && backReady !== null ? Math.round(backReady - firstNotReady) : null,
      lost,
      repeated,
    };
    console.log(JSON.stringify(report, null, 2));
    console.log(lost === 0 && repeated === 0 ? 'LOST: 0, REPEATED: 0' : `LOST: ${lost}, REPEATED: ${repeated}`);
    process.exitCode = lost === 0 && repeated === 0 ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await fake.close();
    if (!args.keep) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
