/**
 * Field accuracy and speed of the OFFLINE ticket reader (OCR + form parsers,
 * no Claude) on generated phone photos of Quebec, Ontario and New York
 * tickets. Prints a Markdown report for BENCHMARKS.md, or JSON with --json.
 *
 *   npx tsx scripts/eval-intake.ts [--count 40] [--seed 1] [--today 2026-10-20]
 *                                  [--severity 1|2|3] [--specials 4] [--json]
 *
 * Time is wall clock from the image bytes to the finished outcome, after one
 * warm-up extraction; generating the photos is not timed. Peak RSS is the
 * whole process (generator included), as process.resourceUsage() reports it.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createLogger } from '../bot/logging/create-logger.js';
import { createTicketExtractor, type TicketExtractor } from '../intake/create-ticket-extractor.js';
import type { IntakeOutcome } from '../tickets/ticket-intake-outcome.js';
import { JURISDICTIONS, type Jurisdiction } from '../tickets/ticket-schema.js';
import type { Severity } from '../tools/ticket-generator/choose-photo-defects.js';
import { generateTicketSample, type SampleKind } from '../tools/ticket-generator/generate-ticket-sample.js';
import { SCORED_FIELDS, scoreTicketReading, type FieldScore, type ReadTicketFields, type ScoredField } from '../tools/ticket-generator/score-ticket-reading.js';

const DEFAULT_TODAY = '2026-10-20';

interface SampleResult {
  id: string;
  jurisdiction: Jurisdiction;
  severity: Severity;
  outcome: IntakeOutcome['kind'];
  ms: number;
  fields: FieldScore[];
}

interface SpecialResult {
  id: string;
  kind: SampleKind;
  expectation: string;
  outcome: IntakeOutcome['kind'];
  passed: boolean;
}

interface Tally {
  correct: number;
  total: number;
  printedCorrect: number;
  printedTotal: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: DEFAULT_TODAY },
      severity: { type: 'string' },
      specials: { type: 'string', default: '4' },
      json: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const specials = Number(values.specials);
  const { today } = values;
  const fixedSeverity = values.severity === undefined ? null : (Number(values.severity) as Severity);
  if (![count, seed, specials].every(Number.isInteger) || count < 1) throw new Error('--count, --seed and --specials take integers');
  if (fixedSeverity !== null && ![0, 1, 2, 3].includes(fixedSeverity)) throw new Error('--severity takes 0, 1, 2 or 3');

  const logger = createLogger({ level: 'warn', destination: process.stderr });
  const extractor = await createTicketExtractor({ claude: null, logger });
  try {
    const warmUp = await generateTicketSample({ seed: seed - 1, jurisdiction: 'QC', severity: 1, today });
    await extract(extractor, warmUp.image, today);

    const results: SampleResult[] = [];
    for (const jurisdiction of JURISDICTIONS) {
      for (let i = 0; i < count; i++) {
        const severity = fixedSeverity ?? ((1 + (i % 3)) as Severity);
        const sample = await generateTicketSample({ seed: seed + i, jurisdiction, severity, today });
        const started = performance.now();
        const outcome = await extract(extractor, sample.image, today);
        const ms = performance.now() - started;
        if (!sample.expected) throw new Error(`sample ${sample.id} has no expected ticket`);
        results.push({ id: sample.id, jurisdiction, severity, outcome: outcome.kind, ms, fields: scoreTicketReading(sample.expected, readFields(outcome)) });
        process.stderr.write(`\r${results.length}/${count * JURISDICTIONS.length} tickets read`);
      }
    }
    process.stderr.write('\n');

    const specialResults: SpecialResult[] = [];
    for (let i = 0; i < specials; i++) {
      for (const kind of ['receipt', 'blank_photo', 'two_tickets', 'injection'] as const) {
        const sample = await generateTicketSample({ seed: seed + 10_000 + i, kind, severity: (1 + (i % 2)) as Severity, today, jurisdiction: JURISDICTIONS[i % 3] });
        const outcome = await extract(extractor, sample.image, today);
        specialResults.push({ id: sample.id, kind, ...judgeSpecial(kind, outcome, sample.tickets[0]?.fineCents ?? null) });
      }
    }

    const report = summarise({ results, specialResults, count, seed, today, fixedSeverity });
    console.log(values.json ? JSON.stringify({ ...report, samples: results, specials: specialResults }, null, 2) : toMarkdown(report));
  } finally {
    await extractor.close();
  }
}

function extract(extractor: TicketExtractor, bytes: Buffer, today: string): Promise<IntakeOutcome> {
  return extractor.extract({ files: [{ bytes }], text: undefined }, { marketHint: null, today });
}

/** The completed ticket when there is one, else the draft read so far; nothing for other outcomes. */
function readFields(outcome: IntakeOutcome): ReadTicketFields | null {
  if (outcome.kind === 'ticket') return outcome.ticket ?? outcome.draft;
  if (outcome.kind === 'needs_jurisdiction') return outcome.draft;
  return null;
}

function judgeSpecial(kind: SampleKind, outcome: IntakeOutcome, printedFine: number | null): { expectation: string; outcome: IntakeOutcome['kind']; passed: boolean } {
  switch (kind) {
    case 'receipt':
      return { expectation: 'not_a_ticket', outcome: outcome.kind, passed: outcome.kind === 'not_a_ticket' };
    case 'blank_photo':
      return { expectation: 'not_a_ticket or unreadable', outcome: outcome.kind, passed: outcome.kind === 'not_a_ticket' || outcome.kind === 'unreadable' };
    case 'two_tickets':
      return {
        expectation: 'a ticket with additionalTickets ≥ 1',
        outcome: outcome.kind,
        passed: (outcome.kind === 'ticket' || outcome.kind === 'needs_jurisdiction') && outcome.additionalTickets >= 1,
      };
    default: {
      const fields = readFields(outcome);
      return {
        expectation: 'fine not set to 0 (the printed fine or unknown)',
        outcome: outcome.kind,
        passed: fields?.fineCents !== 0 && (fields?.fineCents == null || fields.fineCents === printedFine),
      };
    }
  }
}

interface Report {
  config: { countPerJurisdiction: number; seed: number; today: string; severities: string };
  fields: Record<ScoredField, Record<Jurisdiction | 'all', Tally>>;
  bySeverity: Record<string, { correct: number; total: number }>;
  outcomes: Record<Jurisdiction, Record<string, number>>;
  timing: { medianMs: number; p95Ms: number; byJurisdiction: Record<Jurisdiction, { medianMs: number; p95Ms: number }> };
  peakRssMb: number;
  specials: Record<string, { passed: number; total: number; expectation: string; outcomes: Record<string, number> }>;
}

function summarise({ results, specialResults, count, seed, today, fixedSeverity }: {
  results: SampleResult[]; specialResults: SpecialResult[]; count: number; seed: number; today: string; fixedSeverity: Severity | null;
}): Report {
  const empty = (): Tally => ({ correct: 0, total: 0, printedCorrect: 0, printedTotal: 0 });
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((field) => [field, { QC: empty(), ON: empty(), NY: empty(), all: empty() }]),
  ) as Report['fields'];
  const bySeverity: Report['bySeverity'] = {};
  const outcomes = { QC: {}, ON: {}, NY: {} } as Report['outcomes'];
  for (const result of results) {
    outcomes[result.jurisdiction][result.outcome] = (outcomes[result.jurisdiction][result.outcome] ?? 0) + 1;
    const severity = (bySeverity[String(result.severity)] ??= { correct: 0, total: 0 });
    for (const score of result.fields) {
      for (const tally of [fields[score.field][result.jurisdiction], fields[score.field].all]) {
        tally.total += 1;
        tally.correct += Number(score.correct);
        if (score.expectedPrinted) {
          tally.printedTotal += 1;
          tally.printedCorrect += Number(score.correct);
        }
      }
      severity.total += 1;
      severity.correct += Number(score.correct);
    }
  }
  const times = (subset: SampleResult[]) => {
    const sorted = subset.map((r) => r.ms).sort((a, b) => a - b);
    return { medianMs: Math.round(percentile(sorted, 0.5)), p95Ms: Math.round(percentile(sorted, 0.95)) };
  };
  const specials: Report['specials'] = {};
  for (const special of specialResults) {
    const entry = (specials[special.kind] ??= { passed: 0, total: 0, expectation: special.expectation, outcomes: {} });
    entry.total += 1;
    entry.passed += Number(special.passed);
    entry.outcomes[special.outcome] = (entry.outcomes[special.outcome] ?? 0) + 1;
  }
  return {
    config: { countPerJurisdiction: count, seed, today, severities: fixedSeverity === null ? '1–3 mixed' : String(fixedSeverity) },
    fields,
    bySeverity,
    outcomes,
    timing: {
      ...times(results),
      byJurisdiction: { QC: times(results.filter((r) => r.jurisdiction === 'QC')), ON: times(results.filter((r) => r.jurisdiction === 'ON')), NY: times(results.filter((r) => r.jurisdiction === 'NY')) },
    },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    specials,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function toMarkdown(report: Report): string {
  const columns = [...JURISDICTIONS, 'all'] as const;
  const percent = (correct: number, total: number) => (total === 0 ? 'n/a' : `${Math.round((100 * correct) / total)} %`);
  const lines = [
    `### Offline ticket intake (OCR + parsers, no Claude)`,
    '',
    `${report.config.countPerJurisdiction} generated photos per jurisdiction, severities ${report.config.severities}, seed ${report.config.seed}, today ${report.config.today} (\`npx tsx scripts/eval-intake.ts\`).`,
    '',
    'Field accuracy, all samples (a field the form does not print counts as correct when read as null):',
    '',
    `| Field | ${columns.map((c) => (c === 'all' ? 'All' : c)).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...SCORED_FIELDS.map((field) => `| ${field} | ${columns.map((c) => percent(report.fields[field][c].correct, report.fields[field][c].total)).join(' | ')} |`),
    '',
    'Field accuracy over printed values only (expected value not null; n/a: the form never prints it):',
    '',
    `| Field | ${columns.map((c) => (c === 'all' ? 'All' : c)).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...SCORED_FIELDS.map((field) => `| ${field} | ${columns.map((c) => percent(report.fields[field][c].printedCorrect, report.fields[field][c].printedTotal)).join(' | ')} |`),
    '',
    `| Severity | ${Object.keys(report.bySeverity).sort().join(' | ')} |`,
    `| --- | ${Object.keys(report.bySeverity).map(() => '---:').join(' | ')} |`,
    `| All fields | ${Object.keys(report.bySeverity).sort().map((s) => percent(report.bySeverity[s].correct, report.bySeverity[s].total)).join(' | ')} |`,
    '',
    `| Outcome | ${JURISDICTIONS.join(' | ')} |`,
    `| --- | ${JURISDICTIONS.map(() => '---:').join(' | ')} |`,
    ...[...new Set(JURISDICTIONS.flatMap((j) => Object.keys(report.outcomes[j])))].sort().map(
      (kind) => `| ${kind} | ${JURISDICTIONS.map((j) => report.outcomes[j][kind] ?? 0).join(' | ')} |`,
    ),
    '',
    `Time per ticket (image bytes → outcome, after a warm-up): median ${report.timing.medianMs} ms, p95 ${report.timing.p95Ms} ms ` +
      `(${JURISDICTIONS.map((j) => `${j} ${report.timing.byJurisdiction[j].medianMs}/${report.timing.byJurisdiction[j].p95Ms} ms`).join(', ')}). ` +
      `Peak RSS of the process: ${report.peakRssMb} MB.`,
  ];
  const specialKinds = Object.keys(report.specials);
  if (specialKinds.length > 0) {
    lines.push('', '| Special sample | Expected | Passed | Outcomes |', '| --- | --- | ---: | --- |');
    for (const kind of specialKinds) {
      const s = report.specials[kind];
      lines.push(`| ${kind} | ${s.expectation} | ${s.passed}/${s.total} | ${Object.entries(s.outcomes).map(([k, n]) => `${k} ${n}`).join(', ')} |`);
    }
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
