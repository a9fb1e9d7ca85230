import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.js';
import { fillMandateTemplate } from '../mandates/fill-mandate-template.js';
import { loadMandateTemplates } from '../mandates/load-mandate-templates.js';
import { MANDATE_JURISDICTIONS, type MandateDocument } from '../mandates/mandate-facts.js';
import type { MandateTemplateSet } from '../mandates/mandate-template.js';
import { makeTestMandateFacts } from '../mandates/test-support/make-test-mandate-facts.js';
import { renderMandatePdf } from './render-mandate-pdf.js';
import { type PdfPageText, readPdf } from '../../pdf/test-support/read-pdf.js';

const LETTER = { width: 612, height: 792 };
let templates: MandateTemplateSet;
beforeAll(async () => {
  templates = await loadMandateTemplates();
});
const documentFor = (overrides: Parameters<typeof makeTestMandateFacts>[0] = {}): MandateDocument => fillMandateTemplate({ templates, facts: makeTestMandateFacts(overrides) });

/** Every text run starts and ends on its page. */
function expectInsidePages(pages: PdfPageText[]): void {
  for (const { items } of pages) {
    for (const item of items) {
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      expect({ str: item.str, inside: x >= 36 && x + item.width <= LETTER.width - 36 && y >= 20 && y <= LETTER.height - 36 }).toEqual({ str: item.str, inside: true });
    }
  }
}

describe('renderMandatePdf', () => {
  it('prints the header, the facts, the paragraphs and the signature block a reader can read back', async () => {
    const document = documentFor();
    const { pdf, signatureBox } = await renderMandatePdf({ document });
    const pages = (await readPdf(pdf)).pages;
    const first = pages[0]!.text.split('\n');
    expect(first).toEqual(expect.arrayContaining(['Cabinet Exemple avocats', 'Dossier T911-000042', 'Mandat et procuration', 'Client', 'Marie Tremblay', 'N° du constat', '401-123-456', 'Infraction', 'Excès de vitesse, CSR art. 328', 'Date du constat', '3 novembre 2026', 'Tribunal', 'Cour municipale de Montréal']));
    const all = pages.map((page) => page.text).join('\n');
    expect(all).toContain('Aucun résultat n’est garanti');
    const last = pages.at(-1)!.text.split('\n');
    expect(last).toEqual(expect.arrayContaining(['Signature du client', 'Date', `mandat-qc-fr, version 2026-11 — page ${pages.length} de ${pages.length}`]));
    expect(signatureBox.pageIndex).toBe(pages.length - 1);
    expectInsidePages(pages);
  });

  it('prints "not stated" in the facts when the ticket number and date are missing', async () => {
    const { pdf } = await renderMandatePdf({ document: documentFor({ language: 'en', ticketNumber: null, issuedOn: null }) });
    const lines = (await readPdf(pdf)).pages[0]!.text.split('\n');
    expect(lines.filter((line) => line === 'not stated')).toHaveLength(2);
  });

  it.each(MANDATE_JURISDICTIONS.flatMap((jurisdiction) => LANGUAGES.map((language) => [jurisdiction, language] as const)))('%s in %s: renders within its pages', async (jurisdiction, language) => {
    const { pdf } = await renderMandatePdf({ document: documentFor({ jurisdiction, language }) });
    const pages = (await readPdf(pdf)).pages;
    expect(pages[0]!.text).toContain(templates[jurisdiction][language].title);
    expectInsidePages(pages);
  });

  it('adds pages for a long text, with the header on each, and keeps the signature box inside the last page', async () => {
    const short = documentFor();
    const long = { ...short, paragraphs: Array.from({ length: 8 }, () => short.paragraphs).flat() };
    const shortPages = (await PDFDocument.load((await renderMandatePdf({ document: short })).pdf)).getPageCount();
    const { pdf, signatureBox } = await renderMandatePdf({ document: long });
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getPageCount()).toBeGreaterThan(shortPages + 3);
    expect(signatureBox.pageIndex).toBe(loaded.getPageCount() - 1);
    const { width, height } = loaded.getPage(signatureBox.pageIndex).getSize();
    expect(signatureBox.x).toBeGreaterThanOrEqual(36);
    expect(signatureBox.y).toBeGreaterThanOrEqual(54);
    expect(signatureBox.x + signatureBox.width).toBeLessThanOrEqual(width - 36);
    expect(signatureBox.y + signatureBox.height).toBeLessThanOrEqual(height - 54);
    const pages = (await readPdf(pdf)).pages;
    for (const page of pages) expect(page.text.split('\n')).toEqual(expect.arrayContaining(['Cabinet Exemple avocats', 'Dossier T911-000042']));
    expectInsidePages(pages);
  });

  it('wraps or cuts long values and draws names outside WinAnsi', async () => {
    const document = documentFor({
      clientName: 'Łukasz 🚗 Wiśniewski',
      offence: 'Excès de vitesse '.repeat(30),
      court: 'Cour-municipale-de-'.repeat(20),
      firm: { name: 'Cabinet '.repeat(20), address: ['Adresse très longue '.repeat(15)] },
    });
    const pages = (await readPdf((await renderMandatePdf({ document })).pdf)).pages;
    expect(pages[0]!.text).toContain('Lukasz ? Wisniewski');
    expectInsidePages(pages);
  });

  it('gives the same bytes for the same document, dated by preparedOn rather than the clock', async () => {
    const first = await renderMandatePdf({ document: documentFor() });
    const second = await renderMandatePdf({ document: documentFor() });
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    expect(second.signatureBox).toEqual(first.signatureBox);
    const later = await renderMandatePdf({ document: documentFor({ preparedOn: '2026-11-21' }) });
    expect(Buffer.from(later.pdf).equals(Buffer.from(first.pdf))).toBe(false);
    const loaded = await PDFDocument.load(first.pdf, { updateMetadata: false });
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(loaded.getModificationDate()?.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(loaded.getKeywords()).toBe('mandat-qc-fr 2026-11');
  });
});
