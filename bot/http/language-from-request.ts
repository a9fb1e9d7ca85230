import type { Request } from 'express';
import type { Language } from '../../i18n/languages.js';

/** For pages with no conversation behind them (an unknown link, an error): the browser's language, French by default. */
export function languageFromRequest(req: Request): Language {
  const accepted = req.acceptsLanguages('fr', 'en', 'es');
  return accepted === 'en' || accepted === 'es' ? accepted : 'fr';
}
