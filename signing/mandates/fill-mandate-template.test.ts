import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.js';
import { fillMandateTemplate } from './fill-mandate-template.js';
import { formatMandateDate } from './format-mandate-date.js';
import { loadMandateTemplates } from './load-mandate-templates.js';
import { MANDATE_JURISDICTIONS } from './mandate-facts.js';
import type { MandateTemplateSet } from './mandate-template.js';
import { makeTestMandateFacts } from './test-support/make-test-mandate-facts.js';

let templates: MandateTemplateSet;
beforeAll(async () => {
  templates = await loadMandateTemplates();
});

const NOT_STATED = { fr: 'non indiqué', en: 'not stated', es: 'no indicado' } as const;
const ISSUED_ON = { fr: '3 novembre 2026', en: 'November 3, 2026', es: '3 de noviembre de 2026' } as const;
const PREPARED_ON = { fr: '20 novembre 2026', en: 'November 20, 2026', es: '20 de noviembre de 2026' } as const;
const wholeText = (document: { title: string; paragraphs: string[]; signatureLabel: string }) => [document.title, ...document.paragraphs, document.signatureLabel].join('\n');

describe('fillMandateTemplate', () => {
  const combinations = MANDATE_JURISDICTIONS.flatMap((jurisdiction) => LANGUAGES.map((language) => [jurisdiction, language] as const));

  it.each(combinations)('%s in %s: every placeholder filled from the facts, dates in words', (jurisdiction, language) => {
    const facts = makeTestMandateFacts({ jurisdiction, language });
    const document = fillMandateTemplate({ templates, facts });
    const text = wholeText(document).replace(/\u00a0/g, ' ');
    expect(document).toMatchObject({ templateId: templates[jurisdiction][language].id, templateVersion: '2026-11', jurisdiction, language, title: templates[jurisdiction][language].title });
    for (const value of ['Marie Tremblay', 'T911-000042', '401-123-456', 'Excès de vitesse, CSR art. 328', 'Cour municipale de Montréal', 'Cabinet Exemple avocats']) expect(text).toContain(value);
    expect(text).toContain('1000, rue Sherbrooke Ouest, bureau 2000, Montréal (Québec) H3A 3G4');
    expect(text).toContain(ISSUED_ON[language]);
    expect(text).toContain(PREPARED_ON[language]);
    expect(text).not.toMatch(/\{\{|\}\}|null|undefined/);
    expect(text).not.toContain(NOT_STATED[language]);
  });

  it.each(LANGUAGES)('%s: a missing ticket number or date reads "not stated", a missing court the template’s default', (language) => {
    const facts = makeTestMandateFacts({ jurisdiction: 'ON', language, ticketNumber: null, issuedOn: null, court: null });
    const document = fillMandateTemplate({ templates, facts });
    const text = wholeText(document).replace(/\u00a0/g, ' ');
    expect(text).toContain(`: ${NOT_STATED[language]};`);
    expect(text.split(NOT_STATED[language]).length - 1).toBe(2);
    expect(text).toContain(templates.ON[language].defaultCourt);
    expect(text).not.toMatch(/\{\{|null/);
    // The document keeps the court it printed, so it re-renders without its template.
    expect(document.facts).toEqual({ ...facts, court: templates.ON[language].defaultCourt });
  });

  it('keeps French colons and guillemets on their word with no-break spaces', () => {
    const document = fillMandateTemplate({ templates, facts: makeTestMandateFacts() });
    const text = wholeText(document);
    expect(text).toContain('(le «\u00a0cabinet\u00a0»)');
    expect(text).toContain('numéro\u00a0: 401-123-456');
    expect(text).not.toMatch(/ [:»]|« /);
  });

  it('prints a multi-line value on one line', () => {
    const document = fillMandateTemplate({ templates, facts: makeTestMandateFacts({ language: 'en', offence: 'Speeding\n  (radar)', clientName: ' Marie\tT. ' }) });
    expect(document.paragraphs[0]).toContain('I, the undersigned, Marie T., mandate');
    expect(document.paragraphs[0]).toContain('offence: Speeding (radar).');
  });
});

describe('formatMandateDate', () => {
  const timeZone = process.env.TZ;
  afterEach(() => {
    if (timeZone === undefined) delete process.env.TZ;
    else process.env.TZ = timeZone;
  });

  it('prints the calendar day as written, whatever the server’s time zone', () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(formatMandateDate({ language: 'en', date: '2026-01-01' })).toBe('January 1, 2026');
      expect(formatMandateDate({ language: 'fr', date: '2026-12-31' })).toBe('31 décembre 2026');
      expect(formatMandateDate({ language: 'es', date: '2026-03-08' })).toBe('8 de marzo de 2026');
    }
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    for (const date of ['2026-02-30', '2026-11-20T10:00:00Z', '20/11/2026', '']) expect(() => formatMandateDate({ language: 'en', date })).toThrow(/YYYY-MM-DD/);
  });
});
