import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { type MessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import { formatMandateDate } from '../mandates/format-mandate-date.js';
import type { MandateDocument } from '../mandates/mandate-facts.js';
import { drawTextLine } from '../../pdf/draw-text-line.js';
import { SIGNATURE_BLOCK } from './signature-block-layout.js';
import type { SignatureBox } from './signature-box.js';
import { wrapTextToWidth } from '../../pdf/wrap-text-to-width.js';
import { BOTTOM_ABOVE_FOOTER as BOTTOM, GREY, INK, LETTER_PAGE as PAGE, PAGE_MARGIN as MARGIN, PAGE_RIGHT as RIGHT, TEXT_WIDTH as WIDTH } from '../../pdf/letter-page.js';

export interface RenderMandatePdfOptions {
  document: MandateDocument;
}

const BODY = { size: 10, leading: 13.5, gap: 6 };
const FACT_LABEL_WIDTH = 120;
// "a) …", "(b) …": clause paragraphs hang under their letter.
const CLAUSE = /^\(?[a-z]\)\s/;
const CLAUSE_INDENT = 16;
const SIGNATURE_SPACE = SIGNATURE_BLOCK.totalHeight + 10;
const LOCALE = { fr: 'fr-CA', en: 'en-US', es: 'es-US' } as const;

type MandateKey = Extract<MessageKey, `mandate.pdf.${string}`>;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * The mandate on Letter pages, ready to sign: header, the case's facts, the
 * template's paragraphs (wrapped, onto as many pages as they need), then the
 * signature block, kept whole on the last page. The dates in the metadata come
 * from the document, never the clock: the same document gives the same bytes,
 * hence the same SHA-256 "before signing".
 */
export async function renderMandatePdf({ document }: RenderMandatePdfOptions): Promise<{ pdf: Uint8Array; signatureBox: SignatureBox }> {
  const { facts, language } = document;
  const label = (key: MandateKey, vars?: MessageVars) => translate(language, key, vars);
  const preparedAt = new Date(`${facts.preparedOn}T12:00:00Z`);
  if (Number.isNaN(preparedAt.getTime())) throw new Error(`preparedOn is not a YYYY-MM-DD date: "${facts.preparedOn}"`);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(label('mandate.pdf.metadataTitle', { title: document.title, caseNumber: facts.caseNumber }), { showInWindowTitleBar: true });
  pdf.setAuthor(facts.firm.name);
  pdf.setSubject(document.title);
  pdf.setKeywords([document.templateId, document.templateVersion]);
  pdf.setLanguage(LOCALE[language]);
  pdf.setCreator('Ticket911 Assistant');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(preparedAt);
  pdf.setModificationDate(preparedAt);
  const fonts: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };

  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = drawHeader(page, fonts, document, label('mandate.pdf.caseHeader', { caseNumber: facts.caseNumber }));
  };
  /** pdf-lib draws off the edge without a word: a block that does not fit starts a page. */
  const ensureRoom = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  newPage();

  for (const line of wrapTextToWidth({ text: document.title, font: fonts.bold, size: 16, maxWidth: WIDTH })) {
    drawTextLine({ page, font: fonts.bold, text: line, x: MARGIN, y, size: 16, color: INK });
    y -= 20;
  }
  y -= 6;

  const notStated = label('mandate.pdf.notStated');
  const factRows: [MandateKey, string][] = [
    ['mandate.pdf.fact.client', facts.clientName],
    ['mandate.pdf.fact.case', facts.caseNumber],
    ['mandate.pdf.fact.ticketNumber', facts.ticketNumber ?? notStated],
    ['mandate.pdf.fact.offence', facts.offence],
    ['mandate.pdf.fact.issuedOn', facts.issuedOn ? formatMandateDate({ language, date: facts.issuedOn }) : notStated],
    ['mandate.pdf.fact.court', facts.court ?? notStated],
  ];
  page.drawLine({ start: { x: MARGIN, y: y + 4 }, end: { x: RIGHT, y: y + 4 }, thickness: 0.6, color: GREY });
  y -= 12;
  for (const [key, value] of factRows) {
    const lines = wrapTextToWidth({ text: value, font: fonts.regular, size: 10, maxWidth: WIDTH - FACT_LABEL_WIDTH, maxLines: 3 });
    ensureRoom(lines.length * 13);
    drawTextLine({ page, font: fonts.bold, text: label(key), x: MARGIN, y, size: 9, color: GREY, maxWidth: FACT_LABEL_WIDTH - 8 });
    for (const line of lines) {
      drawTextLine({ page, font: fonts.regular, text: line, x: MARGIN + FACT_LABEL_WIDTH, y, size: 10, color: INK });
      y -= 13;
    }
    y -= 2;
  }
  page.drawLine({ start: { x: MARGIN, y: y + 6 }, end: { x: RIGHT, y: y + 6 }, thickness: 0.6, color: GREY });
  y -= 16;

  document.paragraphs.forEach((paragraph, paragraphIndex) => {
    const indent = CLAUSE.test(paragraph) ? CLAUSE_INDENT : 0;
    const lines = wrapTextToWidth({ text: paragraph, font: fonts.regular, size: BODY.size, maxWidth: WIDTH - indent });
    // The last paragraph goes with the signature: a signature alone on its page looks detachable.
    if (paragraphIndex === document.paragraphs.length - 1) ensureRoom(lines.length * BODY.leading + BODY.gap + SIGNATURE_SPACE);
    lines.forEach((line, index) => {
      // A paragraph may break across pages, but never leaves a lone first line behind.
      ensureRoom(index === 0 && lines.length > 1 ? 2 * BODY.leading : BODY.leading);
      drawTextLine({ page, font: fonts.regular, text: line, x: MARGIN + indent, y, size: BODY.size, color: INK });
      y -= BODY.leading;
    });
    y -= BODY.gap;
  });

  ensureRoom(SIGNATURE_SPACE);
  y -= SIGNATURE_SPACE - SIGNATURE_BLOCK.totalHeight;
  const box = { x: MARGIN, y: y - SIGNATURE_BLOCK.labelRise - SIGNATURE_BLOCK.height, width: SIGNATURE_BLOCK.width, height: SIGNATURE_BLOCK.height };
  drawSignatureBlock(page, fonts, box, document.signatureLabel, facts.clientName, label('mandate.pdf.dateLine'));

  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    const footer = label('mandate.pdf.footer', { templateId: document.templateId, templateVersion: document.templateVersion, page: index + 1, pages: pages.length });
    drawTextLine({ page: each, font: fonts.regular, text: footer, x: MARGIN, y: MARGIN - 20, size: 7.5, color: GREY, maxWidth: WIDTH });
  });

  return { pdf: await pdf.save(), signatureBox: { pageIndex: pages.length - 1, ...box } };
}

/** Firm and case on every page: a page printed alone still says whose mandate it is. Returns where the content starts. */
function drawHeader(page: PDFPage, fonts: Fonts, document: MandateDocument, caseHeader: string): number {
  const top = PAGE.height - MARGIN;
  drawTextLine({ page, font: fonts.bold, text: document.facts.firm.name, x: MARGIN, y: top, size: 12, color: INK, maxWidth: WIDTH - 170 });
  drawTextLine({ page, font: fonts.bold, text: caseHeader, x: RIGHT, y: top, size: 10, color: INK, maxWidth: 160, align: 'right' });
  drawTextLine({ page, font: fonts.regular, text: document.facts.firm.address.join(', '), x: MARGIN, y: top - 13, size: 8.5, color: GREY, maxWidth: WIDTH });
  page.drawLine({ start: { x: MARGIN, y: top - 21 }, end: { x: RIGHT, y: top - 21 }, thickness: 0.6, color: GREY });
  return top - 44;
}

/** The label, the empty bordered box the signature goes in, the client's name and a Date line (see SIGNATURE_BLOCK). */
function drawSignatureBlock(page: PDFPage, fonts: Fonts, box: Omit<SignatureBox, 'pageIndex'>, signatureLabel: string, clientName: string, dateLabel: string): void {
  const { labelRise, nameDrop, dateDrop, dateValueIndent } = SIGNATURE_BLOCK;
  drawTextLine({ page, font: fonts.bold, text: signatureLabel, x: box.x, y: box.y + box.height + labelRise, size: 9, color: GREY, maxWidth: WIDTH });
  page.drawRectangle({ ...box, borderColor: INK, borderWidth: 0.8 });
  drawTextLine({ page, font: fonts.bold, text: clientName, x: box.x, y: box.y - nameDrop, size: 10, color: INK, maxWidth: box.width });
  drawTextLine({ page, font: fonts.regular, text: dateLabel, x: box.x, y: box.y - dateDrop, size: 9, color: GREY, maxWidth: dateValueIndent - 8 });
  page.drawLine({ start: { x: box.x + dateValueIndent - 4, y: box.y - dateDrop - 3 }, end: { x: box.x + box.width, y: box.y - dateDrop - 3 }, thickness: 0.5, color: GREY });
}
