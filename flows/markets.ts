import type { Language } from '../i18n/languages.js';

export type Market = 'qc' | 'on' | 'ny';

/** The firm's three markets: a local number each (514 Montréal, 416 Toronto, 212 New York). */
export const MARKETS: Record<Market, { timeZone: string; defaultLanguage: Language; currency: 'CAD' | 'USD' }> = {
  qc: { timeZone: 'America/Montreal', defaultLanguage: 'fr', currency: 'CAD' },
  on: { timeZone: 'America/Toronto', defaultLanguage: 'en', currency: 'CAD' },
  ny: { timeZone: 'America/New_York', defaultLanguage: 'en', currency: 'USD' },
};

export function isMarket(value: unknown): value is Market {
  return value === 'qc' || value === 'on' || value === 'ny';
}

/** A stored market or jurisdiction ('qc', 'ON', null…) as a market: Quebec, the firm's seat, when unknown. */
export function marketOf(value: string | null | undefined): Market {
  const market = value?.toLowerCase();
  return isMarket(market) ? market : 'qc';
}
