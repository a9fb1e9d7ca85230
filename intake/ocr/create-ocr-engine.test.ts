import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrEngine, type OcrEngine } from './create-ocr-engine.js';
import { renderTextImage } from './render-text-image.js';
import { writeNetworkBlockingWorker } from './write-network-blocking-worker.js';

const TICKET_LINES = [
  "CONSTAT D'INFRACTION",
  'Code de la sécurité routière',
  'Article 299 C.S.R.',
  'Vitesse 78 km/h zone 50 km/h',
  'Amende 143,00 $',
  'Date 2024-10-04 Montréal',
];

describe('createOcrEngine', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createOcrEngine({ cacheDir: await mkdtemp(join(tmpdir(), 'ocr-engine-')) });
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('reads the words of an upright photo in one pass', async () => {
    const result = await engine.recognise({ image: await renderTextImage({ lines: TICKET_LINES, shadow: true }) });
    expect(result.rotation).toBe(0);
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.text).toContain("CONSTAT D'INFRACTION");
    expect(result.text).toContain('sécurité routière');
    expect(result.text).toContain('143,00');
    expect(result.lines.map((line) => line.text)).toContain('Amende 143,00 $');
    for (const line of result.lines) expect(line.confidence).toBeGreaterThan(0.5);
  });

  it.each([90, 180, 270] as const)('reads a photo turned %i° and says how it was turned', async (rotation) => {
    const result = await engine.recognise({ image: await renderTextImage({ lines: TICKET_LINES, rotation }) });
    expect(result.rotation).toBe(rotation);
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.text).toContain('Vitesse 78 km/h');
  });

  it('finds next to nothing on a blank page, with low confidence', async () => {
    const blank = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#f2f2f2' } }).jpeg().toBuffer();
    const result = await engine.recognise({ image: blank });
    expect(result.confidence).toBeLessThan(0.3);
    expect(result.text.trim().length).toBeLessThan(5);
  });

  it('serves overlapping requests one after the other through the one worker', async () => {
    const [first, second] = await Promise.all([
      renderTextImage({ lines: ['Highway Traffic Act', 'Offence Notice'] }).then((image) => engine.recognise({ image })),
      renderTextImage({ lines: ['Uniform Traffic Ticket', 'Vehicle and Traffic Law'] }).then((image) => engine.recognise({ image })),
    ]);
    expect(first.text).toContain('Highway Traffic Act');
    expect(second.text).toContain('Uniform Traffic Ticket');
  });

  it('rejects what is not an image without stopping the engine', async () => {
    await expect(engine.recognise({ image: Buffer.from('not an image') })).rejects.toThrow();
    const result = await engine.recognise({ image: await renderTextImage({ lines: ['Offence Notice'] }) });
    expect(result.text).toContain('Offence Notice');
  });
});

describe('createOcrEngine without network', () => {
  it('starts and reads with every network call in the worker thread failing', async () => {
    const workerPath = await writeNetworkBlockingWorker();
    const engine = await createOcrEngine({ cacheDir: await mkdtemp(join(tmpdir(), 'ocr-offline-')), workerPath });
    try {
      const result = await engine.recognise({ image: await renderTextImage({ lines: ['Provincial Offences Act'] }) });
      expect(result.text).toContain('Provincial Offences Act');
    } finally {
      await engine.close();
    }
  });

  it('refuses to be used once closed', async () => {
    const engine = await createOcrEngine({ cacheDir: await mkdtemp(join(tmpdir(), 'ocr-closed-')) });
    await engine.close();
    await expect(engine.recognise({ image: await renderTextImage({ lines: ['x'] }) })).rejects.toThrow(/closed/);
  });
});
