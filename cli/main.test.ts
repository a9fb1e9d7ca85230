import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contestAnalysisSchema } from '../knowledge/analysis/contest-analysis-schema.js';
import { ticketSchema } from '../tickets/ticket-schema.js';
import { buildQuote } from '../billing/quote/build-quote.js';
import { loadPricingGrid } from '../billing/pricing/load-pricing-grid.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/tickets');

/** The command as a user runs it (`npx ticket911` runs this bin), offline: no ANTHROPIC_API_KEY. */
async function ticket911(...args: string[]) {
  const env = { ...process.env, ANTHROPIC_API_KEY: '', LOG_LEVEL: 'silent' };
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin/ticket911.mjs'), ...args], { env, cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// Each test starts a process that loads the OCR, a database and the corpus: minutes of headroom on a loaded CI machine, a hang guard, not a speed check.
describe('npx ticket911 analyze', () => {
  it('prints { ticket } as JSON for a photo and exits 0', async () => {
    const { code, stdout } = await ticket911('analyze', path.join(FIXTURES, 'ticket-qc-speeding-s0-1.jpg'), '--json', '--today', '2026-10-20');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      ticket: unknown;
      intake: { source: string; deadline: { daysLeft: number | null; past: boolean } | null };
      analysis: { status: string; engine: string; analysis: unknown; retrievedChunkIds: string[] };
      quote: unknown;
    };
    const ticket = ticketSchema.parse(output.ticket);
    expect(ticket).toMatchObject({ jurisdiction: 'QC', offenceCategory: 'speeding', currency: 'CAD' });
    expect(output.intake.source).toBe('ocr');
    // The offline analysis over the corpus, in the contract's shape, every citation a retrieved chunk.
    expect(output.analysis).toMatchObject({ status: 'scored', engine: 'offline', model: null, promptVersion: 'offline-rules/2026-11-21' });
    const analysis = contestAnalysisSchema.parse(output.analysis.analysis);
    expect(analysis.citations.length).toBeGreaterThan(0);
    expect(analysis.citations.every((c) => output.analysis.retrievedChunkIds.includes(c.id))).toBe(true);
    expect(analysis.citations.some((c) => c.id.startsWith('qc-csr-'))).toBe(true);
    expect(analysis.options.map((o) => o.id)).toEqual(['plead_not_guilty', 'pay']);
    expect(analysis.draft.language).toBe('en');
    // The price of this ticket from the bundled grid, Quebec's two taxes with their exact rates as strings.
    const expected = buildQuote({ grid: await loadPricingGrid(), ticket, deadline: output.intake.deadline ?? { daysLeft: null, past: false } });
    expect(output.quote).toEqual({ currency: 'CAD', feeCents: expected.feeCents, taxes: expected.taxes, totalCents: expected.totalCents });
    expect(expected.taxes.map((tax) => [tax.name, tax.rate])).toEqual([['GST', '5'], ['QST', '9.975']]);
    const [gst, qst] = expected.taxes;
    expect(expected.totalCents).toBe(expected.feeCents + gst!.amountCents + qst!.amountCents);
  });

  it('reads typed details from a text file and prints a readable summary without --json', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 't911-cli-'));
    const file = path.join(dir, 'details.txt');
    await writeFile(file, 'red light Toronto Oct 4 fine $325');
    const { code, stdout } = await ticket911('analyze', file, '--today', '2026-10-20');
    expect(code).toBe(0);
    expect(stdout).toContain('• Jurisdiction: Ontario');
    expect(stdout).toContain('• Fine: $325.00');
    expect(stdout).toMatch(/Preliminary assessment of case —: \d{1,2}\/100 for contesting/);
    expect(stdout).toContain('not a guarantee of any outcome');
  });

  it('prints a JSON error and exits 1 for something that is not a ticket', async () => {
    const { code, stdout } = await ticket911('analyze', path.join(FIXTURES, 'receipt-none-s2-5.jpg'), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ error: { code: 'not_a_ticket', message: 'this does not look like a traffic ticket', details: {} } });
  });

  it('prints a JSON error for an unreadable file and exits 2 on a usage error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 't911-cli-'));
    const corrupt = path.join(dir, 'broken.jpg');
    await writeFile(corrupt, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const unreadable = await ticket911('analyze', corrupt, '--json');
    expect(unreadable.code).toBe(1);
    expect(JSON.parse(unreadable.stdout).error.code).toBe('unreadable');
    const missing = await ticket911('analyze', path.join(dir, 'nope.jpg'), '--json');
    expect(JSON.parse(missing.stdout).error.code).toBe('file_not_found');
    expect((await ticket911('analyse', '--json')).code).toBe(2);
  });
});
