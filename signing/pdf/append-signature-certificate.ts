import { type PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { type MessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import { drawTextLine } from '../../pdf/draw-text-line.js';
import { formatSigningInstant } from './format-signing-instant.js';
import type { SigningTrail } from './signing-trail.js';
import { wrapTextToWidth } from '../../pdf/wrap-text-to-width.js';
import { GREY, INK, LETTER_PAGE as PAGE, PAGE_MARGIN as MARGIN, TEXT_WIDTH as WIDTH } from '../../pdf/letter-page.js';

export interface AppendSignatureCertificateOptions {
  pdf: PDFDocument;
  trail: SigningTrail;
  signedDocumentSha256: string;
}

const BOTTOM = MARGIN;
const TABLE = { size: 8, leading: 10, columns: [{ width: 100 }, { width: 140 }, { width: 100 }, { width: WIDTH - 340 }] };
// A user agent can run to hundreds of characters: three lines say enough of it.
const MAX_CELL_LINES = 3;

type CertificateKey = Extract<MessageKey, `mandate.certificate.${string}`>;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/**
 * The certificate page(s) after the signed mandate, in the signer's language:
 * which document was shown (its SHA-256), which was signed, by whom, how, where the
 * code went, and every event with its time, IP address and browser. Every value
 * is wrapped or cut to its column, and the table continues on a new page rather
 * than running off this one.
 */
export async function appendSignatureCertificate({ pdf, trail, signedDocumentSha256 }: AppendSignatureCertificateOptions): Promise<void> {
  const label = (key: CertificateKey, vars?: MessageVars) => translate(trail.language, key, vars);
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    mono: await pdf.embedFont(StandardFonts.Courier),
  };
  let page!: PDFPage;
  let y = 0;
  const newPage = (title: string) => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN - 4;
    drawTextLine({ page, font: fonts.bold, text: title, x: MARGIN, y, size: 16, color: INK, maxWidth: WIDTH });
    y -= 28;
  };
  newPage(label('mandate.certificate.title'));

  const facts: [CertificateKey, string, PDFFont][] = [
    ['mandate.certificate.requestId', trail.signatureRequestId, fonts.regular],
    ['mandate.certificate.signer', trail.signerName, fonts.regular],
    ['mandate.certificate.method', label(`mandate.certificate.method.${trail.method}`), fonts.regular],
    ['mandate.certificate.codeSentTo', trail.codeSentTo, fonts.regular],
    ['mandate.certificate.timeZone', trail.timeZone, fonts.regular],
    ['mandate.certificate.documentSha256', trail.documentSha256, fonts.mono],
    ['mandate.certificate.signedDocumentSha256', signedDocumentSha256, fonts.mono],
  ];
  for (const [key, value, font] of facts) {
    drawTextLine({ page, font: fonts.bold, text: label(key), x: MARGIN, y, size: 8.5, color: GREY, maxWidth: WIDTH });
    y -= 12;
    for (const line of wrapTextToWidth({ text: value, font, size: 10, maxWidth: WIDTH, maxLines: 2 })) {
      drawTextLine({ page, font, text: line, x: MARGIN, y, size: 10, color: INK });
      y -= 12.5;
    }
    y -= 5;
  }

  y -= 8;
  drawTextLine({ page, font: fonts.bold, text: label('mandate.certificate.events'), x: MARGIN, y, size: 11, color: INK, maxWidth: WIDTH });
  y -= 16;
  const drawRow = (cells: string[][], font: PDFFont, color = INK) => {
    let x = MARGIN;
    cells.forEach((lines, column) => {
      lines.forEach((line, index) => drawTextLine({ page, font, text: line, x, y: y - index * TABLE.leading, size: TABLE.size, color }));
      x += TABLE.columns[column]!.width;
    });
    y -= Math.max(...cells.map((lines) => lines.length)) * TABLE.leading + 4;
    page.drawLine({ start: { x: MARGIN, y: y + TABLE.leading - 2 }, end: { x: MARGIN + WIDTH, y: y + TABLE.leading - 2 }, thickness: 0.4, color: GREY });
  };
  const cellsOf = (values: string[], font: PDFFont) =>
    values.map((value, column) => wrapTextToWidth({ text: value, font, size: TABLE.size, maxWidth: TABLE.columns[column]!.width - 6, maxLines: MAX_CELL_LINES }));
  const headings = ['event', 'time', 'ip', 'userAgent'] as const;
  const header = cellsOf(headings.map((name) => label(`mandate.certificate.column.${name}`)), fonts.bold);
  drawRow(header, fonts.bold, GREY);

  const notRecorded = label('mandate.certificate.notRecorded');
  for (const event of trail.events) {
    const instant = formatSigningInstant({ at: event.at, timeZone: trail.timeZone, language: trail.language });
    const row = cellsOf([label(`mandate.certificate.event.${event.kind}`), `${instant.timestamp} ${instant.offset}`, event.ip ?? notRecorded, event.userAgent ?? notRecorded], fonts.regular);
    const height = Math.max(...row.map((lines) => lines.length)) * TABLE.leading + 4;
    if (y - height < BOTTOM) {
      newPage(label('mandate.certificate.continued'));
      drawRow(header, fonts.bold, GREY);
    }
    drawRow(row, fonts.regular);
  }

  y -= 10;
  const explanation = label('mandate.certificate.explanation', { codeSentTo: trail.codeSentTo, timeZone: trail.timeZone });
  for (const line of wrapTextToWidth({ text: explanation, font: fonts.regular, size: 9, maxWidth: WIDTH })) {
    if (y - 12 < BOTTOM) newPage(label('mandate.certificate.continued'));
    drawTextLine({ page, font: fonts.regular, text: line, x: MARGIN, y, size: 9, color: INK });
    y -= 12;
  }
}
