import { describe, expect, it } from 'vitest';
import { pickLanguageHint } from './pick-language-hint.js';

describe('pickLanguageHint', () => {
  it('returns the best weighted language the bot speaks', () => {
    expect(pickLanguageHint({ acceptLanguage: 'de;q=0.9,es-MX;q=0.8,en;q=0.7' })).toBe('es');
    expect(pickLanguageHint({ acceptLanguage: 'en;q=0.5,fr-CA' })).toBe('fr');
  });

  it('keeps header order on equal weights and skips q=0', () => {
    expect(pickLanguageHint({ acceptLanguage: 'en-US,fr' })).toBe('en');
    expect(pickLanguageHint({ acceptLanguage: 'fr;q=0,es' })).toBe('es');
  });

  it('returns undefined when none is spoken or there is no header', () => {
    expect(pickLanguageHint({ acceptLanguage: 'de,it' })).toBeUndefined();
    expect(pickLanguageHint({})).toBeUndefined();
    expect(pickLanguageHint({ acceptLanguage: '*' })).toBeUndefined();
  });
});
