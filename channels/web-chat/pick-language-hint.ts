import type { Language } from '../../i18n/languages.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface PickLanguageHintOptions {
  /** The raw Accept-Language header, e.g. `fr-CA,fr;q=0.9,en;q=0.8`. */
  acceptLanguage?: string;
}

/**
 * The first language of Accept-Language (by q weight) that the bot speaks.
 * Only a hint: the driver's explicit choice, and then the runtime, decide.
 */
export function pickLanguageHint({ acceptLanguage }: PickLanguageHintOptions): Language | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    // Stable on equal weights: the header's own order wins.
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    const parsed = webChatSchemas.language.safeParse(primary);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
