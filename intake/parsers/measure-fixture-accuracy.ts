import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreTicketReading, SCORED_FIELDS } from '../../tools/ticket-generator/score-ticket-reading.js';
import type { ExpectedTicket } from '../../tools/ticket-generator/expected-ticket-schema.js';
import { createOcrEngine } from '../ocr/create-ocr-engine.js';
import { readTicketFixture, type TicketFixtureEntry } from './read-ticket-fixture.js';

export const FIXTURE_DIRECTORY = fileURLToPath(new URL('../../test/fixtures/tickets/', import.meta.url));

export interface FixtureAccuracy {
  /** jurisdiction → field → [right, checked] */
  fields: Record<string, Record<string, [number, number]>>;
  ocrMs: { median: number; p95: number; max: number };
}

/**
 * Benchmark: OCR and the parsers over the committed ticket fixtures, field
 * by field per jurisdiction, and the OCR time per photo. Run with
 * `npx tsx intake/parsers/measure-fixture-accuracy.ts`; it prints numbers only.
 */
export async function measureFixtureAccuracy({ directory = FIXTURE_DIRECTORY }: { directory?: string } = {}): Promise<FixtureAccuracy> {
  const index = JSON.parse(await readFile(join(directory, 'index.json'), 'utf8')) as TicketFixtureEntry[];
  const ocr = await createOcrEngine();
  const fields: FixtureAccuracy['fields'] = {};
  const times: number[] = [];
  try {
    for (const entry of index) {
      const { reading, ocrMs } = await readTicketFixture({ directory, entry, ocr });
      times.push(ocrMs);
      if (!entry.expected) continue;
      const expected = entry.expected as unknown as ExpectedTicket;
      for (const score of scoreTicketReading(expected, reading)) {
        const tally = ((fields[expected.jurisdiction] ??= {})[score.field] ??= [0, 0]);
        tally[1] += 1;
        if (score.correct) tally[0] += 1;
      }
    }
  } finally {
    await ocr.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? 0);
  return { fields, ocrMs: { median: at(0.5), p95: at(0.95), max: Math.round(sorted.at(-1) ?? 0) } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { fields, ocrMs } = await measureFixtureAccuracy();
  for (const [jurisdiction, byField] of Object.entries(fields)) {
    console.log(`${jurisdiction}: ${SCORED_FIELDS.map((field) => `${field} ${byField[field]?.[0] ?? 0}/${byField[field]?.[1] ?? 0}`).join(', ')}`);
  }
  console.log(`OCR ms per photo: median ${ocrMs.median}, p95 ${ocrMs.p95}, max ${ocrMs.max}`);
}
