import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLanguageDirectory } from './prepare-language-directory.js';
import { startTesseractWorker } from './start-tesseract-worker.js';
import { writeNetworkBlockingWorker } from './write-network-blocking-worker.js';

describe('startTesseractWorker', () => {
  it('loads both languages from disk with the network blocked in its thread', async () => {
    const langPath = await prepareLanguageDirectory({ cacheDir: await mkdtemp(join(tmpdir(), 'tess-start-')) });
    const worker = await startTesseractWorker({ langPath, workerPath: await writeNetworkBlockingWorker() });
    await worker.terminate();
  });

  it('fails rather than hangs when the data would have to be downloaded (the blocker works)', async () => {
    await expect(startTesseractWorker({ langPath: 'https://example.invalid/tessdata', workerPath: await writeNetworkBlockingWorker() })).rejects.toThrow(
      /network disabled in this test/,
    );
  });

  it('fails rather than hangs when the directory lacks the data', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tess-empty-'));
    await expect(startTesseractWorker({ langPath: empty })).rejects.toThrow(/could not start/);
  });
});
