import { availableParallelism } from 'node:os';
import { createOcrEngine, type OcrEngine, type OcrResult } from './create-ocr-engine.js';

/** The pool's queue is full: the caller tells the driver their ticket is in line and tries later. */
export class OcrBusyError extends Error {
  readonly code = 'ocr_busy';
  constructor(readonly status: OcrPoolStatus) {
    super('All OCR workers are busy and the queue is full.');
    this.name = 'OcrBusyError';
  }
}

export interface OcrPoolStatus {
  workers: number;
  /** Recognitions being read now (at most `workers`). */
  running: number;
  /** Recognitions waiting for a worker (at most `queueLimit`). */
  waiting: number;
  queueLimit: number;
  /** Where a photo arriving now would stand: 1 = read at once. */
  position: number;
  /** How long a photo arriving now would wait for a worker, from the recent recognition times. */
  estimatedWaitMs: number;
  /** Recent time of one recognition (moving average). */
  averageReadMs: number;
}

export interface OcrPool extends OcrEngine {
  status(): OcrPoolStatus;
  /** Starts the workers now (about a second each) rather than on the first photo. */
  warmUp(): Promise<void>;
}

export interface CreateOcrPoolOptions {
  /** Default: the number of cores (os.availableParallelism()). */
  workers?: number;
  /** Recognitions allowed to wait for a worker; one more is refused at once with OcrBusyError. */
  queueLimit?: number;
  cacheDir?: string;
  /** Tests: another engine than tesseract (each engine reads one photo at a time). */
  startEngine?: () => Promise<OcrEngine>;
}

interface Job {
  image: Buffer;
  resolve: (result: OcrResult) => void;
  reject: (error: unknown) => void;
}

// A photo costs 2–3 s on the project machine; the estimate follows the measured times.
const FIRST_ESTIMATE_MS = 2_500;
const SMOOTHING = 0.2;

/**
 * N OCR engines (one tesseract worker each), N = the cores, behind one
 * bounded queue. A worker takes the next photo only when it is done with
 * the last, so the least busy worker always gets it and the whole read —
 * sharp's preprocessing, tesseract's passes, the rotation probes — runs
 * inside a worker's slot: at most N photos burn CPU at once, however many
 * drivers send one. Beyond `queueLimit` waiting photos it refuses at once
 * rather than pile up work and memory.
 */
export function createOcrPool({ workers = availableParallelism(), queueLimit = 50, cacheDir, startEngine }: CreateOcrPoolOptions = {}): OcrPool {
  const size = Math.max(1, Math.floor(workers));
  const start = startEngine ?? (() => createOcrEngine({ cacheDir }));
  const queue: Job[] = [];
  const idle: OcrEngine[] = [];
  let running = 0;
  let averageMs = FIRST_ESTIMATE_MS;
  let closed = false;
  let engines: Promise<OcrEngine[]> | undefined;

  const startEngines = () =>
    (engines ??= Promise.all(Array.from({ length: size }, () => start())).then((started) => {
      idle.push(...started);
      return started;
    }));

  // While the workers start, photos they will take at once are still in the queue: they do not wait.
  const waiting = () => Math.max(0, queue.length - (size - running));

  function status(): OcrPoolStatus {
    const ahead = running + queue.length;
    const rounds = Math.max(0, ahead - size + 1) / size;
    return { workers: size, running, waiting: waiting(), queueLimit, position: ahead + 1, estimatedWaitMs: Math.round(rounds * averageMs), averageReadMs: Math.round(averageMs) };
  }

  function dispatch() {
    while (idle.length > 0 && queue.length > 0) {
      const engine = idle.pop()!;
      const job = queue.shift()!;
      running++;
      const started = performance.now();
      engine
        .recognise({ image: job.image })
        .then(job.resolve, job.reject)
        .finally(() => {
          averageMs += SMOOTHING * (performance.now() - started - averageMs);
          running--;
          idle.push(engine);
          dispatch();
        });
    }
  }

  return {
    status,
    async warmUp() {
      await startEngines();
    },
    recognise({ image }) {
      if (closed) return Promise.reject(new Error('The OCR pool is closed.'));
      if (waiting() >= queueLimit) return Promise.reject(new OcrBusyError(status()));
      const result = new Promise<OcrResult>((resolve, reject) => queue.push({ image, resolve, reject }));
      startEngines().then(dispatch, (error: unknown) => {
        // No worker could start: every waiting photo fails, the next one tries again.
        engines = undefined;
        for (const job of queue.splice(0)) job.reject(error);
      });
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      const started = await engines?.catch(() => []);
      while (running > 0 || queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      await Promise.all((started ?? []).map((engine) => engine.close()));
    },
  };
}
