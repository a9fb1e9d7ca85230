/**
 * A reader's confidence: how sure the source is (OCR's mean word confidence,
 * 1 for typed words) times how much of what matters was found. Each field
 * counts 0..1 (a jurisdiction counts as sure as its detection). Finding
 * nothing still leaves a quarter: what was found may be right.
 */
export function computeReadingConfidence({ sourceConfidence, fields }: { sourceConfidence: number; fields: number[] }): number {
  const found = fields.length === 0 ? 0 : fields.reduce((sum, field) => sum + Math.max(0, Math.min(1, field)), 0) / fields.length;
  const value = Math.max(0, Math.min(1, sourceConfidence)) * (0.25 + 0.75 * found);
  return Math.round(value * 100) / 100;
}
