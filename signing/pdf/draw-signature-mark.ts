import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { drawTextLine } from '../../pdf/draw-text-line.js';
import { fitTextToWidth } from '../../pdf/fit-text-to-width.js';
import type { SignatureBox } from './signature-box.js';
import type { SignatureMark } from './signing-trail.js';

export interface DrawSignatureMarkOptions {
  pdf: PDFDocument;
  page: PDFPage;
  box: SignatureBox;
  signature: SignatureMark;
  language: Language;
  fonts: { regular: PDFFont; oblique: PDFFont };
}

const INK = rgb(0.05, 0.1, 0.35); // a pen's blue, told apart from the printed text
const GREY = rgb(0.42, 0.42, 0.42);
const PADDING = 6;
const CAPTION = { size: 6.5, height: 10 };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The signature inside its box, over a small "signed electronically" caption: a
 * drawing scaled to fit whole and centred, or a typed name in an oblique face,
 * as large as the box allows.
 */
export async function drawSignatureMark({ pdf, page, box, signature, language, fonts }: DrawSignatureMarkOptions): Promise<void> {
  const area = { x: box.x + PADDING, y: box.y + PADDING + CAPTION.height, width: box.width - 2 * PADDING, height: box.height - 2 * PADDING - CAPTION.height };
  if (signature.method === 'drawn') {
    const { png } = signature;
    // pdf-lib's own error on other bytes ("Invalid PNG") does not say whose bytes were wrong.
    if (png.length < 8 || PNG_SIGNATURE.some((byte, index) => png[index] !== byte)) throw new Error('The drawn signature is not a PNG image (its first 8 bytes are not the PNG signature)');
    const image = await pdf.embedPng(png);
    const scale = Math.min(area.width / image.width, area.height / image.height);
    const [width, height] = [image.width * scale, image.height * scale];
    page.drawImage(image, { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height });
  } else {
    const fitted = fitTextToWidth({ text: signature.name, font: fonts.oblique, size: Math.min(28, area.height * 0.9), maxWidth: area.width, minSize: 9 });
    const width = fonts.oblique.widthOfTextAtSize(fitted.text, fitted.size);
    // Cap height is about 0.72 em in Helvetica: centre the letters, not the line box.
    page.drawText(fitted.text, { x: area.x + (area.width - width) / 2, y: area.y + (area.height - fitted.size * 0.72) / 2, size: fitted.size, font: fonts.oblique, color: INK });
  }
  const caption = translate(language, signature.method === 'typed' ? 'mandate.pdf.signedElectronicallyTyped' : 'mandate.pdf.signedElectronically');
  drawTextLine({ page, font: fonts.regular, text: caption, x: box.x + PADDING, y: box.y + PADDING - 1, size: CAPTION.size, color: GREY, maxWidth: box.width - 2 * PADDING });
}
