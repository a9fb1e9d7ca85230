import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.js';
import { catalogs, placeholdersOf, translate } from './translate.js';

describe('message catalogs', () => {
  const reference = Object.keys(catalogs.en).sort();

  it.each(LANGUAGES)('%s has exactly the keys of the English catalog, none empty', (language) => {
    const keys = Object.keys(catalogs[language]).sort();
    expect(keys).toEqual(reference);
    for (const key of keys) expect(catalogs[language][key as keyof typeof catalogs.en].trim()).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English in every message', (language) => {
    for (const key of reference as (keyof typeof catalogs.en)[]) {
      expect({ key, placeholders: placeholdersOf(catalogs[language][key]) }).toEqual({ key, placeholders: placeholdersOf(catalogs.en[key]) });
    }
  });

  it('fills placeholders and refuses to send a message with one missing', () => {
    expect(translate('fr', 'status.case', { caseNumber: 'T-000042', caseStatus: 'x' })).toBe('Dossier T-000042 : x.');
    expect(() => translate('en', 'status.case', { caseNumber: 1 })).toThrow(/caseStatus/);
  });
});
