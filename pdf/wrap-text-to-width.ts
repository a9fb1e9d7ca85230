import type { PDFFont } from 'pdf-lib';
import { sanitiseWinAnsiText } from './sanitise-win-ansi-text.js';

export interface WrapTextToWidthOptions {
  text: string;
  font: PDFFont;
  size: number;
  maxWidth: number;
  /** Past this many lines the last one ends with "…"; unlimited unless told. */
  maxLines?: number;
}

/** A word wider than the column (a hash, a user agent) is broken between characters. */
function breakWord(font: PDFFont, word: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && font.widthOfTextAtSize(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Greedy word wrap: pdf-lib draws a string on one line whatever its length, so every
 * text that may run long is cut into lines that fit before it is drawn. Returns
 * sanitised lines (measuring a non-WinAnsi character would throw).
 */
export function wrapTextToWidth({ text, font, size, maxWidth, maxLines = Infinity }: WrapTextToWidthOptions): string[] {
  const lines: string[] = [];
  let line = '';
  const words = sanitiseWinAnsiText({ text }).split(' ').filter(Boolean);
  for (const word of words.flatMap((w) => (font.widthOfTextAtSize(w, size) > maxWidth ? breakWord(font, w, size, maxWidth) : [w]))) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  let last = lines[maxLines - 1]!;
  while (last.length > 0 && font.widthOfTextAtSize(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
  return [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`];
}
