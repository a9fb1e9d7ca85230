/**
 * Where the mandate's signature block sits around its box, in points. The renderer
 * draws it and the seal writes into it later, from the SignatureBox alone, so
 * both read the offsets here rather than agreeing by coincidence.
 */
export const SIGNATURE_BLOCK = {
  width: 280,
  height: 80,
  /** The signature label's baseline, above the box. */
  labelRise: 8,
  /** The client's name, below the box (baseline). */
  nameDrop: 15,
  /** The Date line, below the box (baseline). */
  dateDrop: 34,
  /** Where the date is written on its line, from the box's left edge; the label fits before it. */
  dateValueIndent: 56,
  /** Everything from the label's top to below the Date line: kept on one page. */
  totalHeight: 80 + 8 + 10 + 34 + 4,
} as const;
