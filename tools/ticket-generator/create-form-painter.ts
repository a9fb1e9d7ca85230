import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Prng } from './create-prng.js';
import { FONT, registerTicketFonts, type FontName } from './register-ticket-fonts.js';

/** Forms are drawn at 200 dpi: 1 pt = 200/72 px. */
export const FORM_DPI = 200;
const PT = FORM_DPI / 72;

export interface TextStyle {
  /** Size in points. */
  size: number;
  font?: FontName;
  color?: string;
  align?: 'left' | 'center' | 'right';
  /** Squeeze the text horizontally to fit, as forms do with long values. */
  maxWidth?: number;
}

export interface FormPainter {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly width: number;
  readonly height: number;
  /** Every string drawn, in drawing order. */
  readonly printedLines: string[];
  /** The typed-in values among them (what an officer or a system filled in). */
  readonly filledLines: string[];
  /** Pre-printed text (labels, titles, small print). Returns the drawn width. */
  text(value: string, x: number, y: number, style: TextStyle): number;
  /** Typed-in data: printer font, ink colour, the form's printer misregistration. */
  fill(value: string, x: number, y: number, style?: Partial<TextStyle>): number;
  /** Wrapped pre-printed paragraph; returns the y below it. */
  paragraph(value: string, x: number, y: number, width: number, style: TextStyle): number;
  /** A labelled box: label top-left in small print, optional typed value below it. */
  field(x: number, y: number, w: number, h: number, label: string, value?: string, valueStyle?: Partial<TextStyle>): void;
  rect(x: number, y: number, w: number, h: number, options?: { lineWidth?: number; fill?: string; stroke?: string }): void;
  line(x1: number, y1: number, x2: number, y2: number, lineWidth?: number, color?: string): void;
  checkbox(x: number, y: number, size: number, checked: boolean): void;
  barcode(x: number, y: number, w: number, h: number): void;
  /** A logo-ish emblem: concentric rings, a shield and initials. */
  emblem(x: number, y: number, radius: number, initials: string): void;
}

export interface FormPainterOptions {
  width: number;
  height: number;
  prng: Prng;
  paper: string;
  /** Pre-printed ink (forms are often printed in one spot colour). */
  formInk: string;
  /** Typed data ink. */
  dataInk: string;
  /** Printer misregistration of the typed data, px. */
  fillOffset: { dx: number; dy: number };
}

export function createFormPainter(options: FormPainterOptions): FormPainter {
  registerTicketFonts();
  const { width, height, prng, formInk, dataInk, fillOffset } = options;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = options.paper;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  const printedLines: string[] = [];
  const filledLines: string[] = [];

  const setFont = (style: TextStyle): void => {
    ctx.font = `${Math.round(style.size * PT)}px "${FONT[style.font ?? 'sans']}"`;
    ctx.fillStyle = style.color ?? formInk;
  };

  const text = (value: string, x: number, y: number, style: TextStyle): number => {
    if (value.trim() === '') return 0;
    setFont(style);
    const measured = ctx.measureText(value).width;
    const drawn = style.maxWidth !== undefined ? Math.min(measured, style.maxWidth) : measured;
    const left = style.align === 'center' ? x - drawn / 2 : style.align === 'right' ? x - drawn : x;
    if (drawn < measured) {
      ctx.save();
      ctx.translate(left, y);
      ctx.scale(drawn / measured, 1);
      ctx.fillText(value, 0, 0);
      ctx.restore();
    } else {
      ctx.fillText(value, left, y);
    }
    printedLines.push(value.trim());
    return drawn;
  };

  const fill = (value: string, x: number, y: number, style: Partial<TextStyle> = {}): number => {
    if (value.trim() !== '') filledLines.push(value.trim());
    return text(value, x + fillOffset.dx, y + fillOffset.dy, { size: 10, font: 'monoBold', color: dataInk, ...style });
  };

  const paragraph = (value: string, x: number, y: number, maxWidth: number, style: TextStyle): number => {
    setFont(style);
    const lineHeight = style.size * PT * 1.22;
    let lineText = '';
    let cursor = y;
    for (const word of value.split(/\s+/)) {
      const candidate = lineText ? `${lineText} ${word}` : word;
      if (ctx.measureText(candidate).width > maxWidth && lineText) {
        text(lineText, x, cursor, style);
        cursor += lineHeight;
        lineText = word;
        setFont(style);
      } else {
        lineText = candidate;
      }
    }
    if (lineText) {
      text(lineText, x, cursor, style);
      cursor += lineHeight;
    }
    return cursor;
  };

  const rect: FormPainter['rect'] = (x, y, w, h, { lineWidth = 2, fill: fillColour, stroke } = {}) => {
    if (fillColour) {
      ctx.fillStyle = fillColour;
      ctx.fillRect(x, y, w, h);
    }
    if (lineWidth > 0) {
      ctx.strokeStyle = stroke ?? formInk;
      ctx.lineWidth = lineWidth;
      ctx.strokeRect(x, y, w, h);
    }
  };

  const line: FormPainter['line'] = (x1, y1, x2, y2, lineWidth = 2, color) => {
    ctx.strokeStyle = color ?? formInk;
    ctx.lineWidth = lineWidth;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };

  const field: FormPainter['field'] = (x, y, w, h, label, value, valueStyle = {}) => {
    rect(x, y, w, h, { lineWidth: 2 });
    text(label, x + 6, y + 4, { size: 5.5, maxWidth: w - 12 });
    if (value !== undefined && value !== '') {
      const size = valueStyle.size ?? 10;
      fill(value, x + 10, y + h - size * PT - 8, { maxWidth: w - 18, ...valueStyle, size });
    }
  };

  const checkbox: FormPainter['checkbox'] = (x, y, size, checked) => {
    rect(x, y, size, size, { lineWidth: 2 });
    if (checked) {
      ctx.strokeStyle = dataInk;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(x + 3 + fillOffset.dx, y + 3 + fillOffset.dy);
      ctx.lineTo(x + size - 3 + fillOffset.dx, y + size - 3 + fillOffset.dy);
      ctx.moveTo(x + size - 3 + fillOffset.dx, y + 3 + fillOffset.dy);
      ctx.lineTo(x + 3 + fillOffset.dx, y + size - 3 + fillOffset.dy);
      ctx.stroke();
    }
  };

  const barcode: FormPainter['barcode'] = (x, y, w, h) => {
    ctx.fillStyle = '#111';
    let cursor = x;
    while (cursor < x + w - 4) {
      const bar = prng.int(1, 4) * 2;
      if (prng.chance(0.55)) ctx.fillRect(cursor, y, Math.min(bar, x + w - cursor), h);
      cursor += bar + prng.int(1, 3) * 2;
    }
  };

  const emblem: FormPainter['emblem'] = (x, y, radius, initials) => {
    ctx.strokeStyle = formInk;
    ctx.lineWidth = Math.max(2, radius / 14);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x, y, radius * 0.82, 0, Math.PI * 2);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x - radius * 0.45, y - radius * 0.5);
    ctx.lineTo(x + radius * 0.45, y - radius * 0.5);
    ctx.lineTo(x + radius * 0.45, y + radius * 0.1);
    ctx.quadraticCurveTo(x + radius * 0.4, y + radius * 0.5, x, y + radius * 0.65);
    ctx.quadraticCurveTo(x - radius * 0.4, y + radius * 0.5, x - radius * 0.45, y + radius * 0.1);
    ctx.closePath();
    ctx.fillStyle = formInk;
    ctx.fill();
    ctx.fillStyle = options.paper;
    ctx.font = `${Math.round(radius * 0.42)}px "${FONT.sansBold}"`;
    const measured = ctx.measureText(initials).width;
    ctx.fillText(initials, x - measured / 2, y - radius * 0.28);
    // Initials inside a logo are not text a reader should rely on: not recorded.
  };

  return { canvas, ctx, width, height, printedLines, filledLines, text, fill, paragraph, field, rect, line, checkbox, barcode, emblem };
}
