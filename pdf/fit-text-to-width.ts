import type { PDFFont } from 'pdf-lib';
import { sanitiseWinAnsiText } from './sanitise-win-ansi-text.js';

export interface FitTextToWidthOptions {
  text: string;
  font: PDFFont;
  size: number;
  maxWidth: number;
  /** The smallest size tried before cutting; 85% of `size` unless told. */
  minSize?: number;
}

/**
 * One line that stays in its column: shrunk a little first, then cut with "…".
 * The text is sanitised here because measuring a non-WinAnsi character throws.
 */
export function fitTextToWidth({ text, font, size, maxWidth, minSize = size * 0.85 }: FitTextToWidthOptions): { text: string; size: number } {
  const clean = sanitiseWinAnsiText({ text });
  for (let fitted = size; fitted >= minSize; fitted -= 0.25) {
    if (font.widthOfTextAtSize(clean, fitted) <= maxWidth) return { text: clean, size: fitted };
  }
  let cut = clean;
  while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, minSize) > maxWidth) cut = cut.slice(0, -1);
  return { text: `${cut.trimEnd()}…`, size: minSize };
}
