import type { Market } from '../../flows/markets.js';

// North American area codes of the three markets' cities, for numbers not in configuration.
const AREA_CODES: Record<string, Market> = {
  '514': 'qc', '438': 'qc', '450': 'qc', '579': 'qc', '418': 'qc', '581': 'qc', '819': 'qc', '873': 'qc', '367': 'qc', '354': 'qc', '263': 'qc',
  '416': 'on', '647': 'on', '437': 'on', '905': 'on', '289': 'on', '365': 'on', '742': 'on', '613': 'on', '343': 'on', '519': 'on', '226': 'on', '548': 'on', '705': 'on', '249': 'on', '807': 'on', '683': 'on',
  '212': 'ny', '646': 'ny', '332': 'ny', '917': 'ny', '718': 'ny', '347': 'ny', '929': 'ny', '516': 'ny', '631': 'ny', '914': 'ny', '845': 'ny', '518': 'ny', '315': 'ny', '585': 'ny', '716': 'ny', '607': 'ny',
};

/** The market of the number a driver wrote to: our configured numbers first, then its area code. */
export function detectMarket({ recipient, numbers }: { recipient?: string; numbers: Partial<Record<Market, string>> }): Market | null {
  if (!recipient) return null;
  for (const [market, number] of Object.entries(numbers) as [Market, string][]) {
    if (number === recipient) return market;
  }
  const match = /^\+1(\d{3})\d{7}$/.exec(recipient);
  return match ? (AREA_CODES[match[1]] ?? null) : null;
}
