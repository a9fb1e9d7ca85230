import { MARKETS, type Market } from '../../flows/markets.js';
import type { Language } from '../../i18n/languages.js';

export interface PickCardLanguageOptions {
  /** The card's market when known: its language wins. */
  market?: Market | null;
  /** Otherwise the Slack channel the lawyer clicked in, looked up among the markets' channels. */
  channel?: string | null;
  channels: Partial<Record<Market, string>>;
}

/** Cards speak the market's language (qc → fr); a channel outside the configured ones gets English. */
export function pickCardLanguage({ market, channel, channels }: PickCardLanguageOptions): Language {
  if (market) return MARKETS[market].defaultLanguage;
  const found = (Object.keys(channels) as Market[]).find((candidate) => channel && channels[candidate] === channel);
  return found ? MARKETS[found].defaultLanguage : 'en';
}
