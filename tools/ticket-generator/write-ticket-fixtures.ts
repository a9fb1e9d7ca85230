import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { Severity } from './choose-photo-defects.js';
import type { GeneratedCategory } from './describe-offence.js';
import { generateTicketPdf } from './generate-ticket-pdf.js';
import { generateTicketSample, type SampleKind } from './generate-ticket-sample.js';

export const FIXTURE_TODAY = '2026-10-20';

type PhotoFixture = { kind: SampleKind; seed: number; severity: Severity; jurisdiction?: Jurisdiction; category?: GeneratedCategory };
type PdfFixture = { pdfPages: 1 | 2; seed: number; severity: Severity; jurisdiction: Jurisdiction; category: GeneratedCategory };

/** The committed set under test/fixtures/tickets: 4 tickets per jurisdiction (severity 0, then 1 or 2, 2, 3), and the special samples. */
export const TICKET_FIXTURES: readonly (PhotoFixture | PdfFixture)[] = [
  { kind: 'ticket', seed: 1, severity: 0, jurisdiction: 'QC', category: 'speeding' },
  { kind: 'ticket', seed: 8, severity: 1, jurisdiction: 'QC', category: 'red_light' },
  { kind: 'ticket', seed: 3, severity: 2, jurisdiction: 'QC', category: 'camera' },
  { kind: 'ticket', seed: 20, severity: 3, jurisdiction: 'QC', category: 'handheld_device' },
  { kind: 'ticket', seed: 1, severity: 0, jurisdiction: 'ON', category: 'speeding' },
  { kind: 'ticket', seed: 2, severity: 2, jurisdiction: 'ON', category: 'stop_sign' },
  { kind: 'ticket', seed: 3, severity: 2, jurisdiction: 'ON', category: 'seatbelt' },
  { kind: 'ticket', seed: 4, severity: 3, jurisdiction: 'ON', category: 'camera' },
  { kind: 'ticket', seed: 1, severity: 0, jurisdiction: 'NY', category: 'speeding' },
  { kind: 'ticket', seed: 2, severity: 2, jurisdiction: 'NY', category: 'camera' },
  { kind: 'ticket', seed: 3, severity: 2, jurisdiction: 'NY', category: 'failure_to_yield' },
  { kind: 'ticket', seed: 4, severity: 3, jurisdiction: 'NY', category: 'careless_driving' },
  { kind: 'receipt', seed: 5, severity: 2 },
  { kind: 'blank_photo', seed: 6, severity: 2 },
  { kind: 'two_tickets', seed: 7, severity: 2, jurisdiction: 'ON' },
  { kind: 'injection', seed: 13, severity: 2, jurisdiction: 'QC', category: 'speeding' },
  { pdfPages: 1, seed: 9, severity: 1, jurisdiction: 'QC', category: 'stop_sign' },
  { pdfPages: 2, seed: 10, severity: 2, jurisdiction: 'ON', category: 'red_light' },
];

/**
 * Regenerates test/fixtures/tickets: `<id>.jpg` or `<id>.pdf` with `<id>.json`
 * beside each, and `index.json` listing them.
 * Run: npx tsx tools/ticket-generator/write-ticket-fixtures.ts
 */
async function writeTicketFixtures(): Promise<void> {
  const directory = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../test/fixtures/tickets');
  await mkdir(directory, { recursive: true });
  for (const name of await readdir(directory)) {
    if (/\.(jpg|pdf|json)$/.test(name)) await rm(join(directory, name));
  }
  const index: unknown[] = [];
  for (const fixture of TICKET_FIXTURES) {
    if ('pdfPages' in fixture) {
      const pdf = await generateTicketPdf({ ...fixture, today: FIXTURE_TODAY, pages: fixture.pdfPages });
      const file = `${pdf.id}.pdf`;
      await writeFile(join(directory, file), pdf.pdf);
      const entry = { file, kind: `pdf_${fixture.pdfPages}_pages`, seed: fixture.seed, severity: fixture.severity, today: FIXTURE_TODAY, expected: pdf.expected, tickets: [pdf.expected] };
      await writeFile(join(directory, `${pdf.id}.json`), `${JSON.stringify({ ...entry, printedLines: pdf.printedLines }, null, 2)}\n`);
      index.push(entry);
      continue;
    }
    const sample = await generateTicketSample({ ...fixture, today: FIXTURE_TODAY });
    const file = `${sample.id}.jpg`;
    await writeFile(join(directory, file), sample.image);
    const entry = { file, kind: sample.kind, seed: fixture.seed, severity: sample.severity, today: FIXTURE_TODAY, expected: sample.expected, tickets: sample.tickets };
    await writeFile(join(directory, `${sample.id}.json`), `${JSON.stringify({ ...entry, defects: sample.defects, printedLines: sample.printedLines }, null, 2)}\n`);
    index.push(entry);
  }
  await writeFile(join(directory, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`${index.length} fixtures written to ${directory}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeTicketFixtures().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
