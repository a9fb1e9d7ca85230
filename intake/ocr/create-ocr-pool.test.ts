import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrResult } from './create-ocr-engine.js';
import { createOcrPool, OcrBusyError } from './create-ocr-pool.js';

/** Engines whose recognitions finish when the test says so, recording which engine read which photo. */
function controllableEngines() {
  const pending: { engine: number; image: string; finish: () => void }[] = [];
  let started = 0;
  const startEngine = async (): Promise<OcrEngine> => {
    const engine = ++started;
    let busy = false;
    return {
      recognise: ({ image }) => {
        // The pool must never give an engine a second photo before the first is read.
        if (busy) throw new Error(`engine ${engine} given two photos at once`);
        busy = true;
        return new Promise<OcrResult>((resolve) =>
          pending.push({
            engine,
            image: image.toString(),
            finish: () => {
              busy = false;
              resolve({ text: `read ${image.toString()}`, confidence: 0.9, rotation: 0, lines: [] });
            },
          }),
        );
      },
      close: async () => undefined,
    };
  };
  const finish = async (image: string) => {
    const index = pending.findIndex((job) => job.image === image);
    pending.splice(index, 1)[0]!.finish();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { startEngine, pending, finish, started: () => started };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createOcrPool', () => {
  it('reads as many photos at once as it has workers, each on a free worker, the rest in arrival order', async () => {
    const engines = controllableEngines();
    const pool = createOcrPool({ workers: 2, queueLimit: 10, startEngine: engines.startEngine });
    const results = ['a', 'b', 'c', 'd'].map((name) => pool.recognise({ image: Buffer.from(name) }));
    await flush();
    expect(engines.started()).toBe(2);
    expect(engines.pending.map((job) => job.image)).toEqual(['a', 'b']);
    expect(new Set(engines.pending.map((job) => job.engine)).size).toBe(2);
    expect(pool.status()).toMatchObject({ running: 2, waiting: 2, position: 5 });

    await engines.finish('b');
    // The worker that read "b" is the free one: "c" goes to it, "a" still being read.
    expect(engines.pending.map((job) => job.image)).toEqual(['a', 'c']);
    await engines.finish('a');
    await engines.finish('c');
    await engines.finish('d');
    expect(await Promise.all(results)).toMatchObject([{ text: 'read a' }, { text: 'read b' }, { text: 'read c' }, { text: 'read d' }]);
    expect(pool.status()).toMatchObject({ running: 0, waiting: 0, position: 1, estimatedWaitMs: 0 });
  });

  it('refuses at once with a typed busy error when the queue is full, and takes photos again once it drains', async () => {
    const engines = controllableEngines();
    const pool = createOcrPool({ workers: 1, queueLimit: 2, startEngine: engines.startEngine });
    const accepted = ['a', 'b', 'c'].map((name) => pool.recognise({ image: Buffer.from(name) }));
    await flush();
    const refused = pool.recognise({ image: Buffer.from('d') });
    await expect(refused).rejects.toBeInstanceOf(OcrBusyError);
    await expect(refused).rejects.toMatchObject({ code: 'ocr_busy', status: { running: 1, waiting: 2, queueLimit: 2 } });

    await engines.finish('a');
    const later = pool.recognise({ image: Buffer.from('e') });
    for (const name of ['b', 'c', 'e']) await engines.finish(name);
    expect((await later).text).toBe('read e');
    expect(await Promise.all(accepted)).toHaveLength(3);
  });

  it('estimates the wait from where a new photo would stand and the workers it shares', async () => {
    const engines = controllableEngines();
    const pool = createOcrPool({ workers: 2, queueLimit: 10, startEngine: engines.startEngine });
    expect(pool.status().estimatedWaitMs).toBe(0);
    for (const name of ['a', 'b', 'c', 'd', 'e']) void pool.recognise({ image: Buffer.from(name) });
    await flush();
    // 2 reading, 3 waiting: a sixth photo waits for 4 of them to finish, 2 at a time → 2 rounds of ~2.5 s.
    expect(pool.status()).toMatchObject({ running: 2, waiting: 3, position: 6, estimatedWaitMs: 5_000 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) await engines.finish(name);
  });

  it('passes a failed read to its caller and keeps the worker', async () => {
    let calls = 0;
    const pool = createOcrPool({
      workers: 1,
      startEngine: async () => ({
        recognise: async () => {
          if (++calls === 1) throw new Error('not an image');
          return { text: 'ok', confidence: 1, rotation: 0, lines: [] };
        },
        close: async () => undefined,
      }),
    });
    await expect(pool.recognise({ image: Buffer.from('x') })).rejects.toThrow('not an image');
    expect((await pool.recognise({ image: Buffer.from('y') })).text).toBe('ok');
    await pool.close();
    await expect(pool.recognise({ image: Buffer.from('z') })).rejects.toThrow('closed');
  });

  it('has at least one worker', async () => {
    const engines = controllableEngines();
    const pool = createOcrPool({ workers: 0, startEngine: engines.startEngine });
    await pool.warmUp();
    expect(pool.status().workers).toBe(1);
    expect(engines.started()).toBe(1);
  });
});
