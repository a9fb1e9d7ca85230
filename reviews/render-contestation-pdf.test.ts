import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type PdfPageText, readPdf } from '../pdf/test-support/read-pdf.js';
import { hashDraftText } from './hash-draft-text.js';
import { renderContestationPdf, type RenderContestationPdfOptions } from './render-contestation-pdf.js';

const LETTER = { width: 612, height: 792 };
const FIRM = { name: 'Cabinet Exemple avocats', address: ['1 rue A', 'Montréal (Québec) H1H 1H1'] };

const SHORT_TEXT = [
  'Objet : contestation du constat d’infraction no 812345678.',
  '',
  'Le défendeur plaide non coupable à l’infraction reprochée, à savoir un excès de vitesse sur la rue Sherbrooke, à Montréal.',
  'Il demande la communication de la preuve, y compris le certificat d’étalonnage du cinémomètre et le reçu de la façon dont l’appareil a été vérifié.',
].join('\n');

/** About 9 000 characters of numbered French paragraphs: the order and every word can be checked. */
function longText(): string {
  const paragraphs: string[] = [];
  for (let n = 1; paragraphs.join('\n').length < 9000; n++) {
    paragraphs.push(
      `Paragraphe ${n}. Le défendeur soutient que la poursuite doit prouver chaque élément de l’infraction hors de tout doute raisonnable, à défaut de quoi il a droit à l’acquittement; le reçu de façade ${n} à été déposé.`,
    );
  }
  return paragraphs.join('\n');
}

function optionsFor(overrides: Partial<RenderContestationPdfOptions> = {}): RenderContestationPdfOptions {
  const text = overrides.text ?? SHORT_TEXT;
  return {
    firm: FIRM,
    caseNumber: 'T911-000042',
    language: 'fr',
    text,
    version: 3,
    sha256: hashDraftText(text),
    // 03:30 UTC on November 21 is still November 20 in Montreal.
    approvedAt: new Date('2026-11-21T03:30:00Z'),
    timeZone: 'America/Montreal',
    approvedBy: 'Me Julie Tremblay',
    ...overrides,
  };
}

const HEADER_AND_FOOTER = /^(Cabinet Exemple avocats|1 rue A, Montréal \(Québec\) H1H 1H1|Dossier T911-000042|Case T911-000042|Contestation — version \d+|Approuvé par : .*|Approved by: .*|Approuvé par un avocat .*|Approved by a lawyer .*)$/;
/** The text's lines as a reader reads them back, header, approval line and footer left out. */
const bodyOf = (pages: PdfPageText[]) => pages.flatMap((page) => page.text.split('\n').filter((line) => !HEADER_AND_FOOTER.test(line)));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Every text run starts and ends on its page. */
function expectInsidePages(pages: PdfPageText[]): void {
  for (const { items } of pages) {
    for (const item of items) {
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      expect({ str: item.str, inside: x >= 36 && x + item.width <= LETTER.width - 36 && y >= 20 && y <= LETTER.height - 36 }).toEqual({ str: item.str, inside: true });
    }
  }
}

describe('renderContestationPdf', () => {
  it('prints the firm, the case, the version, who approved it and the text, accents kept, on Letter pages', async () => {
    const bytes = await renderContestationPdf(optionsFor());
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.info.Title).toBe('Contestation — dossier T911-000042');
    expect(pdf.info.Author).toBe(FIRM.name);
    expect(pdf.info.Producer).toBe('pdf-lib');
    const lines = pdf.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['Cabinet Exemple avocats', '1 rue A, Montréal (Québec) H1H 1H1', 'Dossier T911-000042', 'Contestation — version 3', 'Approuvé par : Me Julie Tremblay']));
    expect(words(bodyOf(pdf.pages).join(' '))).toEqual(words(SHORT_TEXT));
    expect(pdf.text).toContain('cinémomètre');
    expect(pdf.text).toContain('façon');
    expect(pdf.text).toContain('à savoir');
    const { width, height } = (await PDFDocument.load(bytes)).getPage(0).getSize();
    expect({ width, height }).toEqual(LETTER);
    expectInsidePages(pdf.pages);
  });

  it('footers every page with the approval time in the firm’s zone, the start of the SHA-256 and the page number', async () => {
    const options = optionsFor();
    const pdf = await readPdf(await renderContestationPdf(options));
    expect(pdf.text.split('\n')).toContain(`Approuvé par un avocat du cabinet le 20 novembre 2026 à 22 h 30 (UTC-05:00) — SHA-256 ${options.sha256.slice(0, 16)}… — page 1/1`);
    const english = await readPdf(await renderContestationPdf(optionsFor({ language: 'en', timeZone: 'America/New_York' })));
    expect(english.text.split('\n')).toEqual(expect.arrayContaining(['Case T911-000042', 'Approved by: Me Julie Tremblay']));
    expect(english.text).toMatch(new RegExp(`^Approved by a lawyer of the firm on November 20, 2026, 10:30 PM \\(UTC-05:00\\) — SHA-256 ${options.sha256.slice(0, 16)}… — page 1/1$`, 'm'));
  });

  it('spreads a 9 000-character text over several pages, header and footer on each, without losing a word', async () => {
    const text = longText();
    expect(text.length).toBeGreaterThanOrEqual(9000);
    const options = optionsFor({ text });
    const pdf = await readPdf(await renderContestationPdf(options));
    expect(pdf.pageCount).toBeGreaterThan(2);
    pdf.pages.forEach((page, index) => {
      const lines = page.text.split('\n');
      expect(lines).toEqual(expect.arrayContaining(['Cabinet Exemple avocats', 'Dossier T911-000042', 'Contestation — version 3']));
      expect(lines.at(-1) ?? '').toMatch(new RegExp(`SHA-256 ${options.sha256.slice(0, 16)}… — page ${index + 1}/${pdf.pageCount}$`));
    });
    expect(words(bodyOf(pdf.pages).join(' '))).toEqual(words(text));
    expectInsidePages(pdf.pages);
  });

  it('gives the same bytes for the same approval, and different bytes for another version', async () => {
    const first = await renderContestationPdf(optionsFor());
    const second = await renderContestationPdf(optionsFor());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await renderContestationPdf(optionsFor({ version: 4 }));
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('takes its metadata dates from the approval, not the clock', async () => {
    const loaded = await PDFDocument.load(await renderContestationPdf(optionsFor()), { updateMetadata: false });
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-21T03:30:00.000Z');
    expect(loaded.getModificationDate()?.toISOString()).toBe('2026-11-21T03:30:00.000Z');
  });

  it('draws what WinAnsi cannot (emoji, Polish letters) and a word wider than the line, instead of throwing', async () => {
    const text = `Témoin : Łukasz 🚗 Wiśniewski. Référence ${'x'.repeat(200)}.`;
    const pdf = await readPdf(await renderContestationPdf(optionsFor({ text, firm: { name: 'Cabinet '.repeat(20), address: ['Adresse très longue '.repeat(15)] } })));
    expect(pdf.text).toContain('Lukasz ? Wisniewski');
    expectInsidePages(pdf.pages);
  });

  it('refuses a hash that is not a SHA-256', async () => {
    await expect(renderContestationPdf(optionsFor({ sha256: 'abc' }))).rejects.toThrow(/64 hexadecimal/);
  });
});
