import { isMarket, MARKETS } from '../../flows/markets.js';
import { isLanguage, type Language } from '../../i18n/languages.js';

/** The language to speak on a conversation: its own, else its market's, else French (the firm's first market). */
export function conversationLanguage({ language, market }: { language: string | null; market: string | null }): Language {
  if (isLanguage(language)) return language;
  return isMarket(market) ? MARKETS[market].defaultLanguage : 'fr';
}
