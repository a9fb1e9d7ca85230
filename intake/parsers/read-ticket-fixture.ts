import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrEngine } from '../ocr/create-ocr-engine.js';
import { loadTicketFile } from '../media/load-ticket-file.js';
import type { TicketReading } from '../ticket-reading.js';
import { parseTicketText } from './parse-ticket-text.js';

/** The committed photos of test/fixtures/tickets and their index. */
export const FIXTURE_DIRECTORY = fileURLToPath(new URL('../../test/fixtures/tickets/', import.meta.url));

export interface TicketFixtureEntry {
  file: string;
  kind: string;
  today: string;
  expected: Record<string, unknown> | null;
  tickets: Array<Record<string, unknown>>;
}

export interface FixtureReading {
  reading: TicketReading;
  /** Time spent in OCR, photo bytes to text (preprocessing and every pass). */
  ocrMs: number;
  rotation: number;
}

/**
 * Test and benchmark support: one generated fixture through the path a
 * driver's file takes without Claude (load and normalise, OCR, parse).
 */
export async function readTicketFixture({ directory, entry, ocr }: { directory: string; entry: TicketFixtureEntry; ocr: OcrEngine }): Promise<FixtureReading> {
  const image = await loadTicketFile({ bytes: await readFile(join(directory, entry.file)), maxBytes: 20 * 1024 * 1024 });
  const started = performance.now();
  const result = await ocr.recognise({ image: image.ocrImage.png });
  const ocrMs = performance.now() - started;
  const reading = parseTicketText({ text: result.text, marketHint: null, ocrConfidence: result.confidence, today: entry.today });
  return { reading, ocrMs, rotation: result.rotation };
}
