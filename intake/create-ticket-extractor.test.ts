import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_READING } from '../tickets/ticket-reading.js';
import { QC_SPEEDING_DRAFT } from '../tickets/test-support/ticket-outcomes.js';
import { type ClaudeTicketReaderPort, createTicketExtractor, type TicketExtractor } from './create-ticket-extractor.js';
import { createOcrEngine, type OcrEngine } from './ocr/create-ocr-engine.js';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../test/fixtures/tickets', file));
const hints = { marketHint: null, today: '2026-10-20' } as const;

describe('createTicketExtractor (offline)', () => {
  let ocr: OcrEngine;
  let extractor: TicketExtractor;
  beforeAll(async () => {
    ocr = await createOcrEngine({});
    extractor = await createTicketExtractor({ claude: null, ocr });
  });
  afterAll(async () => {
    await extractor.close();
    await ocr.close();
  });

  it('reads a clean photo into a canonical ticket with its deadline', async () => {
    const outcome = await extractor.extract({ files: [{ bytes: fixture('ticket-qc-speeding-s0-1.jpg') }] }, hints);
    expect(outcome.kind).toBe('ticket');
    if (outcome.kind !== 'ticket') return;
    expect(outcome.source).toBe('ocr');
    expect(outcome.ticket).toMatchObject({ jurisdiction: 'QC', offenceCategory: 'speeding', section: '328', currency: 'CAD' });
    expect(outcome.deadline).toMatchObject({ basis: 'qc_30_days_to_plead' });
  });

  it('says a receipt is not a ticket and a corrupt file is unreadable', async () => {
    expect(await extractor.extract({ files: [{ bytes: fixture('receipt-none-s2-5.jpg') }] }, hints)).toEqual({ kind: 'not_a_ticket' });
    expect(await extractor.extract({ files: [{ bytes: fixture('ticket-qc-speeding-s0-1.jpg').subarray(0, 3000) }] }, hints)).toEqual({ kind: 'unreadable', reason: 'corrupt' });
    expect(await extractor.extract({ files: [] }, hints)).toEqual({ kind: 'unreadable', reason: 'no_material' });
  });

  it('says a bright, coloured photo with no text is not a ticket (paper is judged in colour, not on the greyscale OCR copy)', async () => {
    const yellow = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 250, g: 215, b: 40 } } }).jpeg().toBuffer();
    expect(await extractor.extract({ files: [{ bytes: yellow }] }, hints)).toEqual({ kind: 'not_a_ticket' });
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const small = await createTicketExtractor({ claude: null, ocr, maxBytes: 1000 });
    expect(await small.extract({ files: [{ bytes: fixture('ticket-qc-speeding-s0-1.jpg') }] }, hints)).toEqual({ kind: 'unreadable', reason: 'too_large' });
  });

  it('reads typed words, and asks for the jurisdiction when nothing tells it', async () => {
    const typed = await extractor.extract({ files: [], text: 'speeding 78 in a 50 on Sherbrooke, Montreal, $143' }, hints);
    expect(typed).toMatchObject({ kind: 'ticket', source: 'typed-parser', ticket: { jurisdiction: 'QC', fineCents: 14300 } });
    const unsure = await extractor.extract({ files: [], text: 'I got a speeding ticket, fine $150' }, hints);
    expect(unsure.kind).toBe('needs_jurisdiction');
  });

  it('revises a draft from a jurisdiction answer or a correction, and says when it did not understand', async () => {
    const draft = { ...QC_SPEEDING_DRAFT, jurisdiction: null };
    expect(await extractor.revise({ draft, text: 'Québec', language: 'fr', marketHint: null, today: '2026-11-21' })).toMatchObject({ kind: 'ticket', ticket: { jurisdiction: 'QC' } });
    expect(await extractor.revise({ draft: QC_SPEEDING_DRAFT, text: "l'amende est de 250 $", language: 'fr', marketHint: 'QC', today: '2026-11-21' })).toMatchObject({
      kind: 'ticket',
      ticket: { fineCents: 25000 },
      source: 'correction',
    });
    expect(await extractor.revise({ draft: QC_SPEEDING_DRAFT, text: 'hmm', language: 'fr', marketHint: 'QC' })).toEqual({ kind: 'not_understood' });
  });

  it('falls back to the offline reading when Claude fails, and logs only the reader and the code', async () => {
    const warnings: Record<string, unknown>[] = [];
    const failing: ClaudeTicketReaderPort = {
      readImage: async () => Promise.reject(Object.assign(new Error('overloaded'), { code: 'overloaded' })),
      readText: async () => Promise.reject(Object.assign(new Error('timeout'), { code: 'timeout' })),
      readCorrection: async () => Promise.reject(new Error('x')),
    };
    const withClaude = await createTicketExtractor({ claude: failing, ocr, logger: { warn: (details) => warnings.push(details) } });
    const outcome = await withClaude.extract({ files: [], text: 'red light Toronto Oct 4 fine 325' }, hints);
    expect(outcome).toMatchObject({ kind: 'ticket', source: 'typed-parser', ticket: { jurisdiction: 'ON', offenceCategory: 'red_light' } });
    expect(warnings).toEqual([expect.objectContaining({ reader: 'claude', what: 'text', code: 'timeout' })]);
  });

  it('uses what Claude read when it answers', async () => {
    const claude: ClaudeTicketReaderPort = {
      readImage: async () => ({ ...QC_SPEEDING_DRAFT }),
      readText: async () => ({ ...EMPTY_READING }),
      readCorrection: async () => ({ changes: { fineCents: 1000 }, understood: true }),
    };
    const withClaude = await createTicketExtractor({ claude, ocr });
    expect(await withClaude.extract({ files: [{ bytes: fixture('ticket-on-speeding-s0-1.jpg') }] }, hints)).toMatchObject({ kind: 'ticket', source: 'claude-vision', ticket: { jurisdiction: 'QC' } });
    expect(await withClaude.extract({ files: [], text: 'hello there my friend' }, hints)).toEqual({ kind: 'not_a_ticket' });
    expect(await withClaude.revise({ draft: QC_SPEEDING_DRAFT, text: 'fine is ten dollars', language: 'en', marketHint: 'QC' })).toMatchObject({ ticket: { fineCents: 1000 } });
  });
});
