/**
 * Crash recovery, end to end: the real service runs as a child process
 * (`node --import tsx bot/server/main.ts`) against the fake Twilio, a driver
 * texts it, and the process is SIGKILLed mid-conversation — while inbound
 * messages are still being processed and while an outbound SMS is in flight
 * (Twilio has accepted it, the service has not yet recorded that it did).
 * After a restart on the same data, we show that:
 *   - every acknowledged inbound message is in the transcript, once, processed;
 *   - the conversation resumes in the state the whole sequence implies;
 *   - no outbound message reached Twilio twice (the in-flight one is
 *     reconciled through the outbox's findSent instead of being sent again).
 *
 * Database: a fresh database on the PostgreSQL of TEST_DATABASE_URL when set
 * (CI), otherwise the embedded PGlite under DATA_DIR (so this also proves
 * PGlite's files reopen after a SIGKILL).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createDatabase } from '../../bot/db/create-database.js';
import { formatCaseNumber } from '../../bot/runtime/format-case-number.js';
import type { Language } from '../../i18n/languages.js';
import { renderTicketSummary } from '../../i18n/render-ticket-summary.js';
import { type MessageKey, translate } from '../../i18n/translate.js';
import { createTicketExtractor } from '../../intake/create-ticket-extractor.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { toSmsText } from '../../channels/twilio/to-sms-text.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const DRIVER = '+15145551234';
const OUR_NUMBER = '+15145550100';
const STAFF_TOKEN = `staff-${randomBytes(12).toString('hex')}`;
const MESSAGING_PATH = '/webhooks/twilio/messaging';
/**
 * The outbox lease given to the service (OUTBOX_LEASE_MS): on PostgreSQL an entry claimed by
 * the dead process is retaken only after it; on the embedded PGlite it is released at start.
 */
const OUTBOX_LEASE_MS = 10_000;

// ---------------------------------------------------------------- the service as a child process

interface ServiceRun {
  label: string;
  child: ChildProcess;
  /** stdout and stderr, interleaved as received. */
  output: () => string;
  /** stdout's JSON log lines (pino). */
  logLines: () => Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive: () => boolean;
}

function startService(label: string, env: Record<string, string>): ServiceRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/server/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stdout = '';
  let running = true;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });
  return {
    label,
    child,
    output: () => output,
    logLines: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
    alive: () => running,
  };
}

function tail(run: ServiceRun, lines = 80): string {
  return run.output().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------- HTTP without keep-alive (a killed server must not leave us a dead pooled socket)

function call(method: string, url: string, { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${url}: timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------- a gate in front of the fake Twilio

/**
 * Forwards everything to the fake Twilio. Armed, it lets the next Messages
 * POST reach the fake (so Twilio has accepted the SMS and records it) but
 * never answers it: the sender is stuck after the send and before recording
 * it — the window a crash must not turn into a duplicate.
 */
async function startSendGate(target: string) {
  let armed = false;
  let heldCount = 0;
  const heldWaiters: (() => void)[] = [];
  const targetUrl = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', target);
      // Decided when the request arrives: a send already on its way back when the gate
      // was armed is not "the next" one (holding it raced the fake's own bookkeeping).
      const hold = armed && req.method === 'POST' && url.pathname.endsWith('/Messages.json');
      if (hold) armed = false;
      const upstream = http.request(url, { method: req.method, headers: { ...req.headers, host: targetUrl.host, connection: 'close' }, agent: false }, (up) => {
        const body: Buffer[] = [];
        up.on('data', (c: Buffer) => body.push(c));
        up.on('end', () => {
          if (hold) {
            heldCount += 1;
            for (const wake of heldWaiters.splice(0)) wake();
            return; // never answered
          }
          const payload = Buffer.concat(body);
          const headers = { ...up.headers };
          for (const hop of ['transfer-encoding', 'connection', 'keep-alive', 'content-length']) delete headers[hop];
          res.writeHead(up.statusCode ?? 502, { ...headers, 'content-length': String(payload.length) });
          res.end(payload);
        });
      });
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502).end();
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    holdNextSend: () => {
      armed = true;
    },
    held: () => heldCount,
    /** Resolves once a send is being held. */
    whenHeld: (timeoutMs: number) =>
      heldCount > 0
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no outbound send reached Twilio while the gate was armed')), timeoutMs);
            heldWaiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------- the database, read from the test process (only while no service runs on it)

interface DatabaseTarget {
  url?: string;
  pgliteDataDir?: string;
}

async function readDatabase(target: DatabaseTarget) {
  const db = target.url ? await createDatabase({ url: target.url, poolSize: 2 }) : await createDatabase({ pgliteDataDir: target.pgliteDataDir! });
  try {
    const [messages, conversations, cases, jobs] = await Promise.all([
      db.prisma.message.findMany({ orderBy: { seq: 'asc' }, include: { outbox: true } }),
      db.prisma.conversation.findMany(),
      db.prisma.case.findMany(),
      db.prisma.scheduledJob.findMany(),
    ]);
    return { messages, conversations, cases, jobs };
  } finally {
    await db.close();
  }
}

const newSid = () => `SM${randomBytes(16).toString('hex')}`;

// ---------------------------------------------------------------- the test

describe('crash recovery (service killed with SIGKILL mid-conversation, then restarted)', () => {
  let fake: FakeTwilio;
  let gate: Awaited<ReturnType<typeof startSendGate>>;
  let dataDir: string;
  let inspectDir: string | undefined;
  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  const runs: ServiceRun[] = [];

  beforeAll(async () => {
    fake = await startFakeTwilio();
    gate = await startSendGate(fake.baseUrl);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 't911-crash-'));
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      databaseName = `t911_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${databaseName}"`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${databaseName}`;
      databaseUrl = url.toString();
    }
  });

  afterAll(async () => {
    for (const run of runs) {
      if (run.alive()) {
        run.child.kill('SIGKILL');
        await run.exited;
      }
    }
    await gate?.close();
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (inspectDir) await rm(inspectDir, { recursive: true, force: true });
    if (databaseName) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('keeps every acknowledged message, resumes the conversation and sends nothing twice', async () => {
    onTestFailed(() => {
      for (const run of runs) console.error(`\n----- ${run.label}: last lines of stdout/stderr -----\n${tail(run)}`);
      console.error(`\n----- fake Twilio received ${fake.sent.length} POSTs -----\n${fake.sent.map((m) => `${m.sid} ${JSON.stringify(m.body.slice(0, 60))}`).join('\n')}`);
    });

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.homedir(),
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: baseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: gate.url,
      TWILIO_NUMBER_QC: OUR_NUMBER,
      STAFF_API_TOKEN: STAFF_TOKEN,
      OUTBOX_LEASE_MS: String(OUTBOX_LEASE_MS),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const database: DatabaseTarget = databaseUrl ? { url: databaseUrl } : { pgliteDataDir: path.join(dataDir, 'pglite') };
    const startupMs: number[] = [];

    const start = async (label: string) => {
      const began = Date.now();
      const run = startService(label, env);
      runs.push(run);
      await waitFor(`${label} to answer GET /readyz`, 240_000, async () => {
        if (!run.alive()) throw new Error(`${label} exited before it was ready:\n${tail(run, 30)}`);
        const res = await call('GET', `${baseUrl}/readyz`).catch(() => undefined);
        return res?.status === 200 ? true : undefined;
      });
      startupMs.push(Date.now() - began);
      return run;
    };

    /** A signed Twilio messaging webhook; every 200 is an acknowledgement Twilio will not retry. */
    const texts = new Map<string, string>();
    const sms = async (sid: string, body: string) => {
      const params = { MessageSid: sid, SmsSid: sid, AccountSid: fake.accountSid, From: DRIVER, To: OUR_NUMBER, Body: body, NumMedia: '0' };
      const url = baseUrl + MESSAGING_PATH;
      const res = await call('POST', url, {
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(fake.authToken, url, params) },
        body: new URLSearchParams(params).toString(),
      });
      return res.status;
    };
    const acknowledged: string[] = [];
    const say = async (body: string) => {
      const sid = newSid();
      texts.set(sid, body);
      expect(await sms(sid, body), `webhook for ${JSON.stringify(body)}`).toBe(200);
      acknowledged.push(sid);
      return sid;
    };
    const staffView = async (conversationId: string) => {
      const res = await call('GET', `${baseUrl}/api/v1/conversations/${conversationId}`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
      if (res.status !== 200) throw new Error(`staff view answered ${res.status}: ${res.text}`);
      return JSON.parse(res.text) as { state: string; language: string; consent: string; handoff: boolean; optedOut: boolean; cases: { id: string; number: number; status: string }[]; messages: { direction: 'in' | 'out'; text: string | null; status: string }[] };
    };
    const outboxBacklog = async () => {
      const res = await call('GET', `${baseUrl}/metrics`);
      const match = /^ticket911_outbox_backlog (\d+)/m.exec(res.text);
      if (!match) throw new Error('no ticket911_outbox_backlog in /metrics');
      return Number(match[1]);
    };

    // ---- 1. first life: consent, then a burst, killed mid-work
    const first = await start('first run');
    await say('Bonjour');
    await waitFor('the privacy notice to be sent', 90_000, async () => (fake.sent.length >= 1 ? true : undefined));
    await say('oui');
    await waitFor('the request for the ticket to be sent', 90_000, async () => (fake.sent.length >= 2 ? true : undefined));

    // The next SMS to leave reaches Twilio but the service never hears back.
    gate.holdNextSend();
    const burst = [
      'J’ai reçu un excès de vitesse 78 dans un 50 à Laval hier',
      'STATUT',
      'AIDE',
      'Combien de points vais-je perdre?',
      'EN',
    ];
    for (const body of burst) await say(body);
    await gate.whenHeld(90_000);
    first.child.kill('SIGKILL');
    const killedAt = Date.now();
    const firstExit = await first.exited;
    expect(firstExit.signal).toBe('SIGKILL');
    expect(fake.sent).toHaveLength(3); // notice, ticket.ask, and the in-flight ticket summary

    // ---- 2. what the crash left behind (read with the service down)
    if (databaseUrl) {
      // The killed process's server backends may still be rolling back: wait until they are gone.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        await waitFor('the killed service’s connections to close', 60_000, async () => {
          const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [databaseName]);
          return Number(rows[0].n) === 0 ? true : undefined;
        });
      } finally {
        await admin.end();
      }
    }
    // PGlite: inspect a copy, so the service restarts on exactly the files the SIGKILL left.
    let crashTarget = database;
    if (!databaseUrl) {
      inspectDir = await mkdtemp(path.join(os.tmpdir(), 't911-crash-copy-'));
      await cp(path.join(dataDir, 'pglite'), path.join(inspectDir, 'pglite'), { recursive: true });
      crashTarget = { pgliteDataDir: path.join(inspectDir, 'pglite') };
    }
    const atCrash = await readDatabase(crashTarget);
    expect(atCrash.conversations).toHaveLength(1);
    const conversationId = atCrash.conversations[0].id;
    const inboundAtCrash = atCrash.messages.filter((m) => m.direction === 'in');
    // Acknowledged means stored: all 7, even the ones no turn had reached yet.
    expect(inboundAtCrash.map((m) => m.providerId).sort()).toEqual([...acknowledged].sort());
    const outboxAtCrash = atCrash.messages.flatMap((m) => (m.outbox ? [m.outbox] : []));
    const inFlight = atCrash.messages.filter((m) => m.outbox?.status === 'sending');
    // Twilio receives the SMS form of the text (GSM stand-ins, channels/twilio/to-sms-text.ts).
    expect(inFlight.map((m) => toSmsText(m.body ?? ''))).toEqual([fake.sent[2].body]);
    const crashSummary = {
      inboundUnprocessed: inboundAtCrash.filter((m) => m.status === 'received').length,
      inboundProcessed: inboundAtCrash.filter((m) => m.status === 'processed').length,
      outbox: Object.fromEntries(['pending', 'sending', 'sent'].map((s) => [s, outboxAtCrash.filter((e) => e.status === s).length])),
    };
    console.log(`[crash-recovery] ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: state at SIGKILL ${JSON.stringify(crashSummary)}`);

    // ---- 3. second life on the same data
    const second = await start('second run');
    // Twilio retries of messages we already acknowledged (the first one, and one of the burst).
    expect(await sms(acknowledged[0], texts.get(acknowledged[0])!)).toBe(200);
    expect(await sms(acknowledged[4], texts.get(acknowledged[4])!)).toBe(200);
    // And the driver carries on.
    await say('STATUS');

    const EXPECTED_SENDS = 8;
    // Counted from the kill, but never less than two minutes after the restart (slow machines).
    const drainDeadline = Math.max(killedAt + OUTBOX_LEASE_MS + 120_000 - Date.now(), 120_000);
    const drained = await waitFor('every inbound message processed and every reply sent', drainDeadline, async () => {
      if (!second.alive()) throw new Error('the restarted service exited');
      if (fake.sent.length < EXPECTED_SENDS) return undefined;
      if ((await outboxBacklog()) !== 0) return undefined;
      const view = await staffView(conversationId);
      const inbound = view.messages.filter((m) => m.direction === 'in');
      return inbound.length === acknowledged.length && inbound.every((m) => m.status === 'processed') ? view : undefined;
    }, 250);
    const recoveredAfterMs = Date.now() - killedAt;
    // Two more outbox polls: a late duplicate would show up now.
    await sleep(2_500);
    expect(fake.sent).toHaveLength(EXPECTED_SENDS);

    // ---- 4. the conversation, as staff see it
    const view = await staffView(conversationId);
    expect(view).toMatchObject({ language: 'en', consent: 'granted', handoff: false, optedOut: false });
    expect(view.state).toMatch(/^active\.intake\.(confirming|completing)$/);
    expect(view.cases).toHaveLength(1);
    expect(view.cases[0].status).toBe('intake');
    const caseNumber = formatCaseNumber(view.cases[0].number);
    const reply = (language: Language, key: MessageKey) =>
      translate(language, key, { privacyUrl: `${baseUrl}/privacy`, caseNumber, caseStatus: translate(language, 'caseStatus.intake') });
    // The typed details, read as the service read them (offline, same day): the summary it sent.
    const extractor = await createTicketExtractor({ claude: null });
    const read = await extractor.extract({ files: [], text: burst[0] }, { marketHint: 'QC' }).finally(() => extractor.close());
    if (read.kind !== 'ticket') throw new Error(`the typed ticket was read as ${read.kind}`);
    const expectedReplies = [
      reply('fr', 'consent.notice'),
      reply('fr', 'ticket.ask'),
      renderTicketSummary('fr', read),
      reply('fr', 'status.case'),
      reply('fr', 'help'),
      reply('fr', 'intake.correctionNotUnderstood'),
      reply('en', 'language.changed'),
      reply('en', 'status.case'),
    ];
    expect(expectedReplies).toHaveLength(EXPECTED_SENDS);
    expect(new Set(expectedReplies).size).toBe(EXPECTED_SENDS); // distinct texts: a duplicate cannot hide behind a legitimate repeat
    expect(view.messages.filter((m) => m.direction === 'in').map((m) => m.text)).toEqual(acknowledged.map((sid) => texts.get(sid)));
    expect(view.messages.filter((m) => m.direction === 'out').map((m) => m.text)).toEqual(expectedReplies);
    expect(drained.messages.filter((m) => m.direction === 'in')).toHaveLength(acknowledged.length);

    // ---- 5. what Twilio received: each reply once, in order, to the driver, from our number
    expect(fake.sent.map((m) => m.body)).toEqual(expectedReplies.map(toSmsText));
    expect(fake.sent.every((m) => m.to === DRIVER && m.from === OUR_NUMBER)).toBe(true);

    // ---- 6. graceful stop, then the rows themselves
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const after = await readDatabase(database);
    const inbound = after.messages.filter((m) => m.direction === 'in');
    const outbound = after.messages.filter((m) => m.direction === 'out');
    expect(inbound.map((m) => m.providerId)).toEqual(acknowledged); // once each, in arrival order
    expect(inbound.every((m) => m.status === 'processed' && m.processedAt !== null)).toBe(true);
    expect(outbound.map((m) => m.body)).toEqual(expectedReplies);
    expect(outbound.map((m) => m.outbox?.status)).toEqual(Array(EXPECTED_SENDS).fill('sent'));
    // Each outbound row carries the SID of the one POST Twilio received for it…
    expect(outbound.map((m) => m.providerId)).toEqual(fake.sent.map((m) => m.sid));
    // …including the one in flight at the crash, reconciled through findSent (claimed twice, sent once).
    const reconciled = outbound.find((m) => toSmsText(m.body ?? '') === fake.sent[2].body)!;
    expect(reconciled.outbox?.attempts).toBe(2);
    expect(second.logLines().filter((l) => l.msg === 'outbound message had already left before a crash: not sent again')).toHaveLength(1);
    if (crashSummary.inboundUnprocessed > 0) {
      expect(second.logLines().some((l) => l.msg === 'resuming unprocessed inbound messages')).toBe(true);
    }
    expect(after.conversations).toHaveLength(1);
    expect(after.conversations[0]).toMatchObject({ id: conversationId, language: 'en', consent: 'granted' });
    expect(after.cases).toHaveLength(1);
    expect(after.cases[0].ticket).toEqual(read.ticket);
    // The day-later nudge was scheduled at consent and cancelled when the ticket came: nothing left to fire.
    expect(after.jobs.map((j) => j.status)).toEqual(['cancelled']);

    console.log(
      `[crash-recovery] ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: service ready after ${startupMs.map((ms) => `${ms} ms`).join(' (first start), ')} (restart); ` +
        `all replies out ${recoveredAfterMs} ms after the SIGKILL`,
    );
  });
});
