import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type PricingGrid, pricingGridSchema } from './pricing-grid.js';

/** The grid shipped with the assistant, used until the firm points PRICING_GRID_FILE at its own. */
export const DEFAULT_PRICING_GRID_FILE = path.resolve(import.meta.dirname, 'default-pricing-grid.json');

export interface LoadPricingGridOptions {
  /** A JSON file in the format of PRICING.md; the bundled default grid when absent. */
  file?: string;
}

/**
 * Reads and validates a pricing grid. Every error names the file, and a grid
 * that does not validate lists each problem by its path in the JSON, so the
 * firm can fix its file without reading code.
 */
export async function loadPricingGrid({ file = DEFAULT_PRICING_GRID_FILE }: LoadPricingGridOptions = {}): Promise<PricingGrid> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the pricing grid ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = pricingGridSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid pricing grid ${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
