import sharp from 'sharp';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ticketSchema, type Jurisdiction } from '../../tickets/ticket-schema.js';
import { GENERATED_CATEGORIES } from './describe-offence.js';
import { expectedTicketSchema, type ExpectedTicket } from './expected-ticket-schema.js';
import { formatMoney } from './format-money.js';
import { generateTicketPdf } from './generate-ticket-pdf.js';
import { generateTicketSample, INJECTION_TEXT } from './generate-ticket-sample.js';
import { shiftIsoDate } from './shift-iso-date.js';

const today = '2026-10-20';
const fold = (value: string) => value.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** What the form prints for the expected values, wherever the form puts them. */
function expectPrintConsistent(expected: ExpectedTicket, filled: string[]): void {
  const style = expected.jurisdiction === 'QC' ? 'fr' : 'en';
  if (expected.fineCents !== null) expect(filled).toContain(formatMoney(expected.fineCents, style));
  if (expected.totalPayableCents !== null) expect(filled).toContain(formatMoney(expected.totalPayableCents, style));
  expect(filled.map(fold)).toContain(expected.ticketNumber);
  expect(filled.some((line) => fold(line).includes(fold(expected.section)))).toBe(true);
  const [y, m, d] = expected.issuedOn.split('-');
  const dates = [expected.issuedOn, `${d}/${m}/${y}`, `${m}/${d}/${y}`];
  const printsDate = filled.some((line) => dates.some((date) => line.includes(date))) || [y, m, d].every((part) => filled.includes(part));
  expect(printsDate).toBe(true);
  if (expected.speed) {
    expect(filled.some((line) => line.includes(String(expected.speed?.recorded)) && line.includes(String(expected.speed?.limit)))).toBe(true);
  }
  for (const part of expected.location.split(', ')) {
    expect(filled.some((line) => line.toUpperCase().includes(part.toUpperCase()))).toBe(true);
  }
}

describe('generateTicketSample', () => {
  it('gives identical bytes for the same options, different bytes for another seed', async () => {
    const options = { seed: 42, jurisdiction: 'ON' as const, severity: 2 as const, today };
    const [first, second, other] = await Promise.all([
      generateTicketSample(options),
      generateTicketSample(options),
      generateTicketSample({ ...options, seed: 43 }),
    ]);
    expect(first.image.equals(second.image)).toBe(true);
    expect(first.expected).toEqual(second.expected);
    expect(first.image.equals(other.image)).toBe(false);
  });

  it.each([
    ['QC', 'speeding', ["CONSTAT D'INFRACTION", 'POURSUIVANT', 'Code de procédure pénale (RLRQ, chapitre C-25.1)']],
    ['ON', 'red_light', ['OFFENCE NOTICE', 'AVIS D’INFRACTION', 'PROVINCIAL OFFENCES ACT / LOI SUR LES INFRACTIONS PROVINCIALES']],
    ['NY', 'stop_sign', ['UNIFORM TRAFFIC TICKET', 'NEW YORK STATE', 'THE PERSON DESCRIBED BELOW IS CHARGED AS FOLLOWS']],
    ['NY', 'camera', ['NOTICE OF LIABILITY', 'NYC DEPARTMENT OF FINANCE']],
  ] as const)('prints the %s form markers (%s)', async (jurisdiction, category, markers) => {
    const sample = await generateTicketSample({ seed: 7, jurisdiction, category, severity: 0, today });
    for (const marker of markers) expect(sample.printedLines).toContain(marker);
    const others = (['QC', 'ON', 'NY'] as Jurisdiction[]).filter((j) => j !== jurisdiction);
    const foreign = { QC: "CONSTAT D'INFRACTION", ON: 'OFFENCE NOTICE', NY: 'UNIFORM TRAFFIC TICKET' };
    for (const other of others) expect(sample.printedLines).not.toContain(foreign[other]);
  });

  it('writes a JPEG whose long edge follows the severity', async () => {
    for (const [severity, min, max] of [[0, 2000, 2000], [3, 1100, 1500]] as const) {
      const sample = await generateTicketSample({ seed: 5, jurisdiction: 'QC', severity, today });
      expect(sample.image.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const { width = 0, height = 0, format } = await sharp(sample.image).metadata();
      expect(format).toBe('jpeg');
      expect(Math.max(width, height)).toBeGreaterThanOrEqual(min);
      expect(Math.max(width, height)).toBeLessThanOrEqual(max);
    }
  });

  it('expects what it prints, for every jurisdiction and category', async () => {
    for (const jurisdiction of ['QC', 'ON', 'NY'] as const) {
      for (const [index, category] of GENERATED_CATEGORIES.entries()) {
        // Severity 0 photographs nothing hard; the check is on the print and the expected JSON.
        const sample = await generateTicketSample({ seed: 100 + index, jurisdiction, category, severity: 0, today });
        const expected = expectedTicketSchema.parse(sample.expected);
        expect(expected).toMatchObject({ jurisdiction, offenceCategory: category });
        expect(expected.currency).toBe(jurisdiction === 'NY' ? 'USD' : 'CAD');
        expect(expected.issuedOn <= today && expected.issuedOn >= shiftIsoDate(today, -59)).toBe(true);
        // The expected reading fits the canonical ticket.
        ticketSchema.parse({ ...expected, demeritPoints: null, respondBy: expected.printedRespondBy, confidence: 1 });
        expectPrintConsistent(expected, sample.filledLines);
        if (jurisdiction === 'NY' && category !== 'camera') {
          expect(expected.fineCents).toBeNull();
          expect(sample.filledLines.some((line) => /\$\s*\d/.test(line))).toBe(false);
        }
      }
    }
  });

  it('computes Quebec and Ontario amounts from the schedules', async () => {
    const qc = await generateTicketSample({ seed: 3, jurisdiction: 'QC', category: 'speeding', severity: 0, today });
    const over = (qc.expected?.speed?.recorded ?? 0) - (qc.expected?.speed?.limit ?? 0);
    const perStep = over <= 20 ? 10 : over <= 30 ? 15 : over <= 45 ? 20 : 25;
    expect(qc.expected?.fineCents).toBe((30 + perStep * Math.floor(over / 5)) * 100);
    const on = await generateTicketSample({ seed: 3, jurisdiction: 'ON', category: 'red_light', severity: 0, today });
    expect(on.expected).toMatchObject({ section: '144(18)', fineCents: 26000, totalPayableCents: 32500 });
  });

  it('makes the special samples', async () => {
    const [receipt, blank, two, injection] = await Promise.all([
      generateTicketSample({ seed: 1, kind: 'receipt', severity: 1, today }),
      generateTicketSample({ seed: 1, kind: 'blank_photo', severity: 1, today }),
      generateTicketSample({ seed: 1, kind: 'two_tickets', jurisdiction: 'NY', severity: 1, today }),
      generateTicketSample({ seed: 1, kind: 'injection', jurisdiction: 'QC', category: 'speeding', severity: 1, today }),
    ]);
    expect(receipt).toMatchObject({ expected: null, tickets: [] });
    expect(receipt.printedLines.some((line) => /TOTAL/.test(line))).toBe(true);
    expect(blank).toMatchObject({ expected: null, tickets: [], printedLines: [] });
    expect(two.expected).toBeNull();
    expect(two.tickets).toHaveLength(2);
    expect(two.tickets[0].ticketNumber).not.toBe(two.tickets[1].ticketNumber);
    expect(two.printedLines.filter((line) => line === 'UNIFORM TRAFFIC TICKET')).toHaveLength(2);
    expect(injection.printedLines).toContain(INJECTION_TEXT);
    expect(injection.expected?.fineCents).toBeGreaterThan(0);
    expect(injection.filledLines).toContain(formatMoney(injection.expected?.fineCents ?? 0, 'fr'));
  });

  it('refuses a malformed today', async () => {
    await expect(generateTicketSample({ seed: 1, today: '20/10/2026' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('generateTicketPdf', () => {
  it.each([1, 2] as const)('writes a valid %i-page PDF with one scanned image per page, the same bytes every time', async (pages) => {
    const options = { seed: 11, jurisdiction: 'ON' as const, category: 'speeding' as const, severity: 1 as const, today, pages };
    const [pdf, again] = await Promise.all([generateTicketPdf(options), generateTicketPdf(options)]);
    expect(pdf.pdf.equals(again.pdf)).toBe(true);
    expect(pdf.pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const document = await getDocument({ data: new Uint8Array(pdf.pdf), verbosity: VerbosityLevel.ERRORS, stopAtErrors: true }).promise;
    expect(document.numPages).toBe(pages);
    for (let number = 1; number <= pages; number++) {
      const page = await document.getPage(number);
      expect(page.view).toEqual([0, 0, 612, 792]);
      expect((await page.getTextContent()).items).toHaveLength(0);
      const operators = await page.getOperatorList();
      expect(operators.fnArray.length).toBeGreaterThan(0);
    }
    await document.destroy();
    expectedTicketSchema.parse(pdf.expected);
    if (pages === 2) expect(pdf.printedLines).toContain('OPTIONS — YOU MUST CHOOSE ONE WITHIN 15 DAYS');
  });
});
