import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { formatMoney, LOCALES } from '../../i18n/format-money.js';
import { describeTaxLine } from '../../i18n/describe-tax-line.js';
import { type MessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import type { InvoiceDocument } from './invoice-document.js';
import { drawTextLine } from '../../pdf/draw-text-line.js';
import { sanitiseWinAnsiText } from '../../pdf/sanitise-win-ansi-text.js';
import { wrapTextToWidth } from '../../pdf/wrap-text-to-width.js';
import { GREY, INK, LETTER_PAGE as PAGE, PAGE_MARGIN as MARGIN, PAGE_RIGHT as RIGHT } from '../../pdf/letter-page.js';

export interface RenderInvoicePdfOptions {
  invoice: InvoiceDocument;
}

const STAMP = rgb(0.1, 0.5, 0.25);
// Every block is bounded (lines fitted to their width, the address capped) so the
// whole invoice always fits one page: pdf-lib never paginates, it would draw off the edge.
const MAX_ADDRESS_LINES = 6;
const VALUE_X = 170;
const AMOUNT_COLUMN_X = 430;

interface Pen {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: ReturnType<typeof rgb>;
  /** Shrinks the text down to 85% of `size`, then cuts it with "…", so it never leaves its column. */
  maxWidth?: number;
  align?: 'left' | 'right';
}

/** Draws one line (sanitised, and shrunk then cut when it has a column: pdf/draw-text-line.ts). */
function write(pen: Pen, raw: string, x: number, y: number, { size = 10, bold = false, color = INK, maxWidth, align = 'left' }: TextStyle = {}): void {
  drawTextLine({ page: pen.page, font: bold ? pen.bold : pen.regular, text: raw, x, y, size, color, maxWidth, align });
}

/** Overflowing address lines join the last one: the address stays complete as far as width allows. */
function capAddressLines(lines: string[]): string[] {
  if (lines.length <= MAX_ADDRESS_LINES) return lines;
  return [...lines.slice(0, MAX_ADDRESS_LINES - 1), lines.slice(MAX_ADDRESS_LINES - 1).join(', ')];
}

/** The invoice's own words (i18n/documents-catalog-*.ts). */
type InvoiceKey = Extract<MessageKey, `invoice.${string}`>;

/**
 * The client's invoice and receipt on one Letter page, in the invoice's language,
 * with the standard Helvetica fonts (nothing embedded, small files). Metadata dates
 * are the issue instant, never "now", so the same invoice always gives the same bytes.
 */
export async function renderInvoicePdf({ invoice }: RenderInvoicePdfOptions): Promise<Uint8Array> {
  const { language, currency } = invoice;
  const label = (key: InvoiceKey, vars?: MessageVars) => translate(language, key, vars);
  const money = (cents: number) => formatMoney(language, cents, currency);
  const locale = LOCALES[language][currency];
  const formatDate = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: invoice.timeZone }).format(new Date(iso));

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const issuedAt = new Date(invoice.issuedAt);
  pdf.setTitle(label('invoice.document.title', { number: invoice.number }), { showInWindowTitleBar: true });
  pdf.setAuthor(invoice.firm.name);
  pdf.setSubject(label('invoice.title'));
  pdf.setLanguage(locale);
  pdf.setCreator(invoice.firm.name);
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(issuedAt);
  pdf.setModificationDate(issuedAt);

  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const pen: Pen = { page, regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const rule = (y: number, x1 = MARGIN, x2 = RIGHT) => page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.6, color: GREY });

  // Firm, top left; the firm's name may be long, the right half belongs to the title block.
  const firmWidth = 300;
  let left = PAGE.height - MARGIN - 14;
  write(pen, invoice.firm.name, MARGIN, left, { size: 15, bold: true, maxWidth: firmWidth });
  left -= 16;
  const firmLines = [
    ...capAddressLines(invoice.firm.addressLines),
    invoice.firm.email,
    ...(invoice.firm.phone ? [label('invoice.phone', { phone: invoice.firm.phone })] : []),
    ...invoice.firm.taxRegistrations.map(({ name, number }) => label(`invoice.registration.${name}`, { number })),
  ];
  for (const line of firmLines) {
    write(pen, line, MARGIN, left, { size: 9, color: GREY, maxWidth: firmWidth });
    left -= 12;
  }

  // Title, number and date, top right.
  let right = PAGE.height - MARGIN - 16;
  write(pen, label('invoice.title'), RIGHT, right, { size: 17, bold: true, align: 'right', maxWidth: 200 });
  right -= 22;
  for (const [key, value] of [['invoice.number', invoice.number], ['invoice.issuedOn', formatDate(invoice.issuedAt)]] as const) {
    write(pen, label(key), RIGHT - 110, right, { size: 9, color: GREY, align: 'right', maxWidth: 90 });
    write(pen, value, RIGHT, right, { size: 10, bold: key === 'invoice.number', align: 'right', maxWidth: 105 });
    right -= 14;
  }

  let y = Math.min(left, right) - 18;
  rule(y + 8);
  write(pen, label('invoice.billedTo'), MARGIN, y - 6, { size: 9, bold: true, color: GREY });
  y -= 20;
  write(pen, invoice.client.name ?? '—', MARGIN, y, { size: 11, bold: true, maxWidth: RIGHT - MARGIN });
  if (invoice.client.email) write(pen, invoice.client.email, MARGIN, (y -= 13), { size: 9, color: GREY, maxWidth: RIGHT - MARGIN });

  y -= 26;
  for (const [key, value] of [['invoice.case', invoice.caseNumber], ['invoice.ticket', invoice.ticketDescription]] as const) {
    write(pen, label(key), MARGIN, y, { size: 9, bold: true, color: GREY, maxWidth: VALUE_X - MARGIN - 8 });
    write(pen, value, VALUE_X, y, { size: 10, maxWidth: RIGHT - VALUE_X });
    y -= 14;
  }

  // Lines: fees, subtotal, each tax with its rate, total.
  y -= 16;
  write(pen, label('invoice.description'), MARGIN, y, { size: 9, bold: true, color: GREY });
  write(pen, label('invoice.amount'), RIGHT, y, { size: 9, bold: true, color: GREY, align: 'right' });
  rule(y - 5);
  y -= 20;
  const row = (text: string, cents: number, bold = false) => {
    write(pen, text, MARGIN, y, { size: bold ? 11 : 10, bold, maxWidth: AMOUNT_COLUMN_X - MARGIN - 10 });
    write(pen, money(cents), RIGHT, y, { size: bold ? 11 : 10, bold, align: 'right', maxWidth: RIGHT - AMOUNT_COLUMN_X });
    y -= 16;
  };
  for (const fee of invoice.feeLines) row(label(`invoice.fee.${fee.code}`), fee.amountCents);
  rule(y + 11, AMOUNT_COLUMN_X - 120);
  row(label('invoice.subtotal'), invoice.feeCents);
  for (const tax of invoice.taxes) row(describeTaxLine(language, tax), tax.amountCents);
  rule(y + 11, AMOUNT_COLUMN_X - 120);
  y -= 2;
  row(label('invoice.total'), invoice.totalCents, true);

  // Payment, with the stamp beside it.
  y -= 18;
  write(pen, label('invoice.payment'), MARGIN, y, { size: 9, bold: true, color: GREY });
  const stampY = y - 40;
  y -= 16;
  const payment: [InvoiceKey, string][] = [
    ['invoice.paymentMethod', label(`invoice.method.${invoice.payment.method}`)],
    ['invoice.reference', invoice.payment.reference],
    ['invoice.paidOn', formatDate(invoice.payment.paidAt)],
  ];
  for (const [key, value] of payment) {
    write(pen, label(key), MARGIN, y, { size: 9, color: GREY, maxWidth: VALUE_X - MARGIN - 8 });
    write(pen, value, VALUE_X, y, { size: 10, maxWidth: 250 });
    y -= 14;
  }
  drawPaidStamp(pen, label('invoice.paidStamp'), RIGHT - 150, stampY);

  // Footer at the foot of the page, wrapped.
  const footerLines = wrapTextToWidth({ text: label('invoice.footer'), font: pen.regular, size: 8, maxWidth: RIGHT - MARGIN });
  footerLines.forEach((line, index) => write(pen, line, MARGIN, MARGIN + (footerLines.length - 1 - index) * 10, { size: 8, color: GREY }));

  return pdf.save();
}

/** A tilted rubber-stamp box: the text and its frame turn together around the box's corner. */
function drawPaidStamp(pen: Pen, text: string, x: number, y: number): void {
  const size = 22;
  const angle = 12;
  const clean = sanitiseWinAnsiText({ text });
  const width = pen.bold.widthOfTextAtSize(clean, size) + 20;
  const height = size + 12;
  const radians = (angle * Math.PI) / 180;
  const [dx, dy] = [10, 9];
  pen.page.drawRectangle({ x, y, width, height, rotate: degrees(angle), borderColor: STAMP, borderWidth: 2, opacity: 0, borderOpacity: 0.9 });
  pen.page.drawText(clean, {
    x: x + dx * Math.cos(radians) - dy * Math.sin(radians),
    y: y + dx * Math.sin(radians) + dy * Math.cos(radians),
    size,
    font: pen.bold,
    color: STAMP,
    opacity: 0.9,
    rotate: degrees(angle),
  });
}
