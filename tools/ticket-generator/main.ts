import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { JURISDICTIONS, type Jurisdiction } from '../../tickets/ticket-schema.js';
import type { Severity } from './choose-photo-defects.js';
import { GENERATED_CATEGORIES, type GeneratedCategory } from './describe-offence.js';
import { generateTicketPdf } from './generate-ticket-pdf.js';
import { generateTicketSample, type SampleKind } from './generate-ticket-sample.js';

const USAGE = `Usage: npx tsx tools/ticket-generator/main.ts --out DIR [options]
  --count N           samples to write (default 12)
  --today YYYY-MM-DD  the "today" offences are dated before (default: the current UTC date)
  --seed S            first seed; sample i uses S + i (default 1)
  --severity K        0 clean … 3 hard (default: mixed 1–3)
  --jurisdiction J    QC, ON or NY (default: cycles QC, ON, NY)
  --category C        ${GENERATED_CATEGORIES.join(', ')}
  --kind K            ticket, receipt, blank_photo, two_tickets, injection (default ticket)
  --pdf PAGES         write <id>.pdf scans of 1 or 2 pages instead of photos
Writes <id>.jpg (or .pdf) and <id>.json (expected reading, defects, printed lines).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '12' },
      today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      seed: { type: 'string', default: '1' },
      severity: { type: 'string' },
      jurisdiction: { type: 'string' },
      category: { type: 'string' },
      kind: { type: 'string', default: 'ticket' },
      pdf: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const count = parseInteger(values.count, 'count');
  const seed = parseInteger(values.seed, 'seed');
  const severity = values.severity === undefined ? undefined : (parseInteger(values.severity, 'severity') as Severity);
  if (severity !== undefined && ![0, 1, 2, 3].includes(severity)) throw new Error('--severity must be 0, 1, 2 or 3');
  const jurisdiction = values.jurisdiction as Jurisdiction | undefined;
  if (jurisdiction && !JURISDICTIONS.includes(jurisdiction)) throw new Error('--jurisdiction must be QC, ON or NY');
  const category = values.category as GeneratedCategory | undefined;
  if (category && !GENERATED_CATEGORIES.includes(category)) throw new Error(`--category must be one of ${GENERATED_CATEGORIES.join(', ')}`);
  const kind = values.kind as SampleKind;
  if (!['ticket', 'receipt', 'blank_photo', 'two_tickets', 'injection'].includes(kind)) throw new Error(`unknown --kind ${kind}`);

  await mkdir(values.out, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sampleSeed = seed + i;
    const sampleJurisdiction = jurisdiction ?? JURISDICTIONS[i % JURISDICTIONS.length];
    if (values.pdf) {
      const pages = parseInteger(values.pdf, 'pdf') === 2 ? 2 : 1;
      const pdf = await generateTicketPdf({ seed: sampleSeed, jurisdiction: sampleJurisdiction, category, severity, today: values.today, pages });
      await writeFile(join(values.out, `${pdf.id}.pdf`), pdf.pdf);
      await writeJson(join(values.out, `${pdf.id}.json`), {
        id: pdf.id, kind: `pdf_${pages}_pages`, seed: sampleSeed, today: values.today, expected: pdf.expected, printedLines: pdf.printedLines,
      });
      console.log(`${pdf.id}.pdf`);
      continue;
    }
    const sample = await generateTicketSample({ seed: sampleSeed, jurisdiction: sampleJurisdiction, category, severity, today: values.today, kind });
    await writeFile(join(values.out, `${sample.id}.jpg`), sample.image);
    await writeJson(join(values.out, `${sample.id}.json`), {
      id: sample.id,
      kind: sample.kind,
      seed: sampleSeed,
      today: values.today,
      severity: sample.severity,
      expected: sample.expected,
      tickets: sample.tickets,
      defects: sample.defects,
      printedLines: sample.printedLines,
    });
    console.log(`${sample.id}.jpg`);
  }
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

function parseInteger(value: string, name: string): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be an integer, got ${value}`);
  return Number(value);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
