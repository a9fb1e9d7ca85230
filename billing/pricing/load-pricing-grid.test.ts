import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICING_GRID_FILE, loadPricingGrid } from './load-pricing-grid.js';

async function writeGrid(contents: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'pricing-grid-')), 'grid.json');
  await writeFile(file, contents);
  return file;
}

describe('loadPricingGrid', () => {
  it('loads the bundled default grid when no file is given', async () => {
    const grid = await loadPricingGrid();
    expect(grid.version).toBe('default-2026-11');
    expect(grid.jurisdictions.QC.categories.speeding?.[0]).toEqual({ maxPoints: 2, feeCents: 19_900 });
    expect(DEFAULT_PRICING_GRID_FILE.endsWith(path.join('billing', 'pricing', 'default-pricing-grid.json'))).toBe(true);
  });

  it('loads a firm grid from the file given', async () => {
    const file = await writeGrid(JSON.stringify({
      version: 'firm-7',
      jurisdictions: {
        QC: { defaultFeeCents: 100, categories: {}, surcharges: {} },
        ON: { defaultFeeCents: 200, categories: {}, surcharges: {} },
        NY: { defaultFeeCents: 300, categories: {}, surcharges: {} },
      },
    }));
    expect((await loadPricingGrid({ file })).version).toBe('firm-7');
  });

  it('names the file and each invalid path when the grid does not validate', async () => {
    const file = await writeGrid(JSON.stringify({ version: '', jurisdictions: { QC: { defaultFeeCents: 1.5 } } }));
    const message = await loadPricingGrid({ file }).then(
      () => 'loaded',
      (err: unknown) => (err instanceof Error ? err.message : 'not an Error'),
    );
    expect(message).toContain(`Invalid pricing grid ${file}: `);
    for (const issuePath of ['version', 'jurisdictions.QC.defaultFeeCents', 'jurisdictions.QC.categories', 'jurisdictions.ON']) {
      expect(message).toContain(`${issuePath}: `);
    }
  });

  it('names the file when it is missing or not JSON', async () => {
    const missing = path.join(tmpdir(), 'no-such-dir-for-pricing', 'grid.json');
    await expect(loadPricingGrid({ file: missing })).rejects.toThrow(`Cannot read the pricing grid ${missing}`);
    const notJson = await writeGrid('{ "version": ');
    await expect(loadPricingGrid({ file: notJson })).rejects.toThrow(`Cannot read the pricing grid ${notJson}`);
  });
});
