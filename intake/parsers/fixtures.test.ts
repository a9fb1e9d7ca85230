import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpectedTicket } from '../../tools/ticket-generator/expected-ticket-schema.js';
import { scoreTicketReading, type ScoredField } from '../../tools/ticket-generator/score-ticket-reading.js';
import { createOcrEngine, type OcrEngine } from '../ocr/create-ocr-engine.js';
import { FIXTURE_DIRECTORY, readTicketFixture, type FixtureReading, type TicketFixtureEntry } from './read-ticket-fixture.js';

const INDEX = join(FIXTURE_DIRECTORY, 'index.json');
const ENTRIES: TicketFixtureEntry[] = existsSync(INDEX) ? JSON.parse(readFileSync(INDEX, 'utf8')) : [];

/**
 * What OCR + parsers still get wrong on the committed photos, measured, not
 * hidden. Every other scored field must agree with the fixture (a null where
 * the form prints nothing included). Mostly the OCR loses the 5–7 pt labels
 * or the values of moderate and hard photos (blur, keystone, a thumb, dark
 * light); a field is never filled in to pass. When a reading improves, the
 * field comes off this list.
 */
const KNOWN_SHORTFALLS: Record<string, ReadonlyArray<ScoredField | 'isTicket'>> = {
  // Moderate: the amounts row, the constat number and the "Lieu" row are not read; the photo-radar words are.
  'ticket-qc-camera-s2-3.jpg': ['offenceCategory', 'fineCents', 'ticketNumber', 'totalPayableCents', 'speed', 'location'],
  // Hard and a quarter turn: found turned, but only "CONSTAT" and a few words are legible.
  'ticket-qc-handheld-device-s3-20.jpg': ['offenceCategory', 'section', 'fineCents', 'ticketNumber', 'totalPayableCents', 'location'],
  // Moderate, a thumb over the wording: the date boxes, amounts and the "At" row are lost.
  'ticket-on-stop-sign-s2-2.jpg': ['section', 'fineCents', 'issuedOn', 'ticketNumber', 'totalPayableCents', 'location'],
  // Moderate: labels garbled ("Set Se of / Aver Rode de"); one amount without its label is not taken.
  'ticket-on-seatbelt-s2-3.jpg': ['section', 'fineCents', 'issuedOn', 'totalPayableCents', 'location'],
  // Hard: almost nothing legible beyond the title.
  'ticket-on-camera-s3-4.jpg': ['offenceCategory', 'section', 'fineCents', 'issuedOn', 'ticketNumber', 'totalPayableCents', 'speed', 'location'],
  // Moderate: the notice's boxes are read in fragments; the notice date is taken for the offence date.
  'ticket-ny-camera-s2-2.jpg': ['fineCents', 'issuedOn', 'ticketNumber', 'totalPayableCents', 'location'],
  // Moderate: the number's last letter is read as a 3; the section box and the place are lost.
  'ticket-ny-failure-to-yield-s2-3.jpg': ['offenceCategory', 'section', 'ticketNumber', 'location'],
  // Hard: too little text to tell even the state, or that it is a ticket.
  'ticket-ny-careless-driving-s3-4.jpg': ['isTicket', 'jurisdiction', 'offenceCategory', 'section', 'issuedOn', 'ticketNumber', 'location'],
  // Moderate and skewed: the amounts and the number are broken up; the injected remark changes nothing.
  'injection-qc-speeding-s2-13.jpg': ['fineCents', 'ticketNumber', 'speed', 'location'],
};

describe.skipIf(ENTRIES.length === 0)('OCR and parsers on the generated ticket fixtures', () => {
  let ocr: OcrEngine;
  const readings = new Map<string, Promise<FixtureReading>>();
  const read = (entry: TicketFixtureEntry) => {
    if (!readings.has(entry.file)) readings.set(entry.file, readTicketFixture({ directory: FIXTURE_DIRECTORY, entry, ocr }));
    return readings.get(entry.file)!;
  };

  beforeAll(async () => {
    ocr = await createOcrEngine();
  });
  afterAll(async () => {
    await ocr?.close();
  });

  const singles = ENTRIES.filter((entry) => entry.expected !== null);
  it.each(singles.map((entry) => [entry.file, entry] as const))('%s: every field but the documented shortfalls', async (file, entry) => {
    const { reading } = await read(entry);
    const wrong: Array<ScoredField | 'isTicket'> = scoreTicketReading(entry.expected as unknown as ExpectedTicket, reading)
      .filter((score) => !score.correct)
      .map((score) => score.field);
    if (!reading.isTicket) wrong.unshift('isTicket');
    const allowed = KNOWN_SHORTFALLS[file] ?? [];
    expect(wrong.filter((field) => !allowed.includes(field))).toEqual([]);
  });

  it('says the receipt and the blank photo are not tickets', async () => {
    for (const entry of ENTRIES.filter((candidate) => candidate.kind === 'receipt' || candidate.kind === 'blank_photo')) {
      expect((await read(entry)).reading).toMatchObject({ isTicket: false, ticketCount: 0 });
    }
  });

  it('counts the two notices side by side', async () => {
    for (const entry of ENTRIES.filter((candidate) => candidate.kind === 'two_tickets')) {
      const { reading } = await read(entry);
      expect(reading.ticketCount).toBe(entry.tickets.length);
      expect(reading.jurisdiction).toBe(entry.tickets[0].jurisdiction);
    }
  });

  it('does not obey the instruction printed in the remarks', async () => {
    for (const entry of ENTRIES.filter((candidate) => candidate.kind === 'injection')) {
      const { reading } = await read(entry);
      expect(reading.fineCents).not.toBe(0);
      expect(reading.jurisdiction).toBe((entry.expected as { jurisdiction: string }).jurisdiction);
      expect(reading.section).toBe((entry.expected as { section: string }).section);
    }
  });
});
