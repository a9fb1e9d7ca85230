import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServiceProcess {
  child: ChildProcess;
  pid: number;
  origin: string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartServiceProcessOptions {
  /** The module to run under `node --import tsx`. */
  entry: string;
  env: Record<string, string>;
  port: number;
  /** stdout and stderr are appended here (a restart keeps adding to the same log). */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Path polled until it answers 200. */
  readyPath?: string;
  readyTimeoutMs?: number;
  /**
   * Once HTTP answers, also wait (up to readyTimeoutMs) for a log line matching this: the service
   * keeps working after it listens (the knowledge store sync), which would otherwise land in the first measurements.
   */
  settledLogPattern?: RegExp;
}

/** Starts a service as a child process and waits until it answers on loopback. */
export async function startServiceProcess({ entry, env, port, logFile, nodeArgs = [], readyPath = '/healthz', readyTimeoutMs = 120_000, settledLogPattern }: StartServiceProcessOptions): Promise<ServiceProcess> {
  // A restart appends to the same log: only what this process writes counts for settledLogPattern.
  const logOffset = (await stat(logFile).catch(() => ({ size: 0 }))).size;
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the script dies (an error, Ctrl-C), the service must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('exit', killOnExit);
      // Let the pipes flush what the process wrote before it went.
      setTimeout(() => {
        log.end();
        resolve({ code, signal });
      }, 200);
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(origin + readyPath);
      await response.arrayBuffer();
      if (response.ok) {
        while (settledLogPattern && Date.now() < deadline && !gone && !settledLogPattern.test(((await readFile(logFile).catch(() => Buffer.alloc(0))) as Buffer).subarray(logOffset).toString('utf8'))) await sleep(250);
        return { child, pid: child.pid ?? 0, origin, exited };
      }
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${entry} did not become ready on port ${port} (see ${logFile})`);
}
