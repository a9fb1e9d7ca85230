import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { fitTextToWidth } from './fit-text-to-width.js';

export interface DrawTextLineOptions {
  page: PDFPage;
  font: PDFFont;
  text: string;
  x: number;
  y: number;
  size: number;
  color: Color;
  /** Shrinks then cuts the text so that it never leaves its column. */
  maxWidth?: number;
  align?: 'left' | 'right';
}

/** One line of text; it reaches pdf-lib sanitised, whatever the caller passed. */
export function drawTextLine({ page, font, text, x, y, size, color, maxWidth = Infinity, align = 'left' }: DrawTextLineOptions): void {
  const fitted = fitTextToWidth({ text, font, size, maxWidth });
  const width = font.widthOfTextAtSize(fitted.text, fitted.size);
  page.drawText(fitted.text, { x: align === 'right' ? x - width : x, y, size: fitted.size, font, color });
}
