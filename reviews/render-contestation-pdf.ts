import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { type MessageKey, type MessageVars, translate } from '../i18n/translate.js';
import { drawTextLine } from '../pdf/draw-text-line.js';
import { wrapTextToWidth } from '../pdf/wrap-text-to-width.js';
import { BOTTOM_ABOVE_FOOTER as BOTTOM, GREY, INK, LETTER_PAGE as PAGE, PAGE_MARGIN as MARGIN, PAGE_RIGHT as RIGHT, TEXT_WIDTH as WIDTH } from '../pdf/letter-page.js';

/** The court's language: the contestation is filed in French or English. */
export type ContestationLanguage = 'fr' | 'en';

export interface RenderContestationPdfOptions {
  firm: { name: string; address: readonly string[] };
  caseNumber: string;
  language: ContestationLanguage;
  /** The approved text, paragraphs separated by line breaks. */
  text: string;
  version: number;
  /** hashDraftText(text): 64 hex characters; the footer shows the first 16. */
  sha256: string;
  approvedAt: Date;
  /** IANA zone the approval time is told in, e.g. America/Montreal. */
  timeZone: string;
  /** Who approved it, as it should read on the page ("Me Julie Tremblay"). */
  approvedBy: string;
}

const BODY = { size: 10.5, leading: 14, gap: 7 };
const LOCALE: Record<ContestationLanguage, string> = { fr: 'fr-CA', en: 'en-US' };
const HASH_SHOWN = 16;

type ContestationKey = Extract<MessageKey, `contestation.pdf.${string}`>;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** The approval instant in the firm's zone: "20 novembre 2026", "14 h 03", "UTC-05:00" (an offset reads the same in every language). */
function formatApproval(at: Date, timeZone: string, language: ContestationLanguage): { date: string; time: string; offset: string } {
  const locale = LOCALE[language];
  const zoneName = new Intl.DateTimeFormat('en-CA', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(at),
    offset: zoneName === 'GMT' ? 'UTC+00:00' : zoneName.replace('GMT', 'UTC'),
  };
}

/**
 * The contestation a lawyer approved, on Letter pages for the court: the firm
 * and case on every page, the text wrapped onto as many pages as it needs, and
 * a footer on each page with the approval time and the start of the text's
 * SHA-256, so a printed page can be matched to the approved version. The
 * metadata dates come from approvedAt, never the clock: the same approval
 * gives the same bytes.
 */
export async function renderContestationPdf(options: RenderContestationPdfOptions): Promise<Uint8Array> {
  const { firm, caseNumber, language, text, version, sha256, approvedAt, timeZone, approvedBy } = options;
  if (!/^[0-9a-f]{64}$/i.test(sha256)) throw new Error('sha256 must be 64 hexadecimal characters');
  if (Number.isNaN(approvedAt.getTime())) throw new Error('approvedAt is not a valid date');
  const label = (key: ContestationKey, vars?: MessageVars) => translate(language, key, vars);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(label('contestation.pdf.metadataTitle', { caseNumber }), { showInWindowTitleBar: true });
  pdf.setAuthor(firm.name);
  pdf.setSubject(label('contestation.pdf.version', { version }));
  pdf.setLanguage(LOCALE[language]);
  pdf.setCreator('Ticket911 Assistant');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(approvedAt);
  pdf.setModificationDate(approvedAt);
  const fonts: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };

  const header = {
    firmName: firm.name,
    address: firm.address.join(', '),
    caseHeader: label('contestation.pdf.caseHeader', { caseNumber }),
    version: label('contestation.pdf.version', { version }),
  };
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = drawHeader(page, fonts, header);
  };
  newPage();

  drawTextLine({ page, font: fonts.regular, text: label('contestation.pdf.approvedBy', { approvedBy }), x: MARGIN, y, size: 9, color: GREY, maxWidth: WIDTH });
  y -= 24;

  // Line breaks are the author's paragraphs; wrapTextToWidth would read them as spaces.
  const paragraphs = text.normalize('NFC').replace(/\r\n?/g, '\n').trimEnd().split('\n');
  for (const paragraph of paragraphs) {
    const lines = wrapTextToWidth({ text: paragraph, font: fonts.regular, size: BODY.size, maxWidth: WIDTH });
    if (lines.length === 0) {
      // An empty line between paragraphs: one more gap.
      y -= BODY.gap;
      continue;
    }
    lines.forEach((line, index) => {
      // A paragraph may break across pages, but never leaves a lone first line behind.
      const needed = index === 0 && lines.length > 1 ? 2 * BODY.leading : BODY.leading;
      if (y - needed < BOTTOM) newPage();
      drawTextLine({ page, font: fonts.regular, text: line, x: MARGIN, y, size: BODY.size, color: INK });
      y -= BODY.leading;
    });
    y -= BODY.gap;
  }

  const approval = formatApproval(approvedAt, timeZone, language);
  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    const footer = label('contestation.pdf.footer', { ...approval, hash: sha256.slice(0, HASH_SHOWN).toLowerCase(), page: index + 1, pages: pages.length });
    drawTextLine({ page: each, font: fonts.regular, text: footer, x: MARGIN, y: MARGIN - 20, size: 7.5, color: GREY, maxWidth: WIDTH });
  });

  return pdf.save();
}

/** Firm, case and version on every page: a page printed alone still says whose contestation it is, and which version. Returns where the text starts. */
function drawHeader(page: PDFPage, fonts: Fonts, header: { firmName: string; address: string; caseHeader: string; version: string }): number {
  const top = PAGE.height - MARGIN;
  drawTextLine({ page, font: fonts.bold, text: header.firmName, x: MARGIN, y: top, size: 12, color: INK, maxWidth: WIDTH - 170 });
  drawTextLine({ page, font: fonts.bold, text: header.caseHeader, x: RIGHT, y: top, size: 10, color: INK, maxWidth: 160, align: 'right' });
  drawTextLine({ page, font: fonts.regular, text: header.address, x: MARGIN, y: top - 13, size: 8.5, color: GREY, maxWidth: WIDTH - 170 });
  drawTextLine({ page, font: fonts.regular, text: header.version, x: RIGHT, y: top - 13, size: 9, color: INK, maxWidth: 160, align: 'right' });
  page.drawLine({ start: { x: MARGIN, y: top - 21 }, end: { x: RIGHT, y: top - 21 }, thickness: 0.6, color: GREY });
  return top - 40;
}
