import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, OFFENCE_CATEGORIES } from '../ticket-schema.js';
import { DEMERIT_SCHEDULE } from './demerit-schedule.js';
import { normalizeSection } from './normalize-section.js';
import { OFFENCE_CATALOG } from './offence-catalog.js';

const OFFICIAL = /^https?:\/\/(www\.)?(legisquebec\.gouv\.qc\.ca|ontario\.ca|nysenate\.gov|dmv\.ny\.gov|saaq\.gouv\.qc\.ca)\//;

describe('OFFENCE_CATALOG', () => {
  it('has exactly one entry per jurisdiction and category except "other"', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (const category of OFFENCE_CATEGORIES.filter((c) => c !== 'other')) {
        expect(OFFENCE_CATALOG.filter((e) => e.jurisdiction === jurisdiction && e.category === category), `${jurisdiction} ${category}`).toHaveLength(1);
      }
    }
    expect(OFFENCE_CATALOG.some((e) => (e.category as string) === 'other')).toBe(false);
  });

  it('gives every entry an official source and a title in each language', () => {
    for (const entry of OFFENCE_CATALOG) {
      expect(entry.source.title, `${entry.jurisdiction} ${entry.category}`).not.toBe('');
      expect(entry.source.url, `${entry.jurisdiction} ${entry.category}`).toMatch(OFFICIAL);
      for (const language of ['fr', 'en', 'es'] as const) expect(entry.title[language]).not.toBe('');
    }
  });

  it('stores sections in the normalised form, the default among them', () => {
    for (const entry of OFFENCE_CATALOG) {
      for (const section of entry.sections) expect(normalizeSection({ jurisdiction: entry.jurisdiction, raw: section })).toBe(section);
      if (entry.defaultSection) {
        expect(entry.sections.some((s) => entry.defaultSection === s || entry.defaultSection!.startsWith(`${s}(`))).toBe(true);
      }
    }
  });

  it('explains every entry left without sections', () => {
    for (const entry of OFFENCE_CATALOG.filter((e) => e.sections.length === 0)) expect(entry.note).toBeTruthy();
  });
});

describe('DEMERIT_SCHEDULE', () => {
  it('has a sourced row for every catalogued category', () => {
    for (const entry of OFFENCE_CATALOG) {
      const rows = DEMERIT_SCHEDULE.filter((r) => r.jurisdiction === entry.jurisdiction && r.category === entry.category && !r.sections);
      expect(rows, `${entry.jurisdiction} ${entry.category}`).toHaveLength(1);
    }
    for (const row of DEMERIT_SCHEDULE) expect(row.source.url).toMatch(/^https?:\/\//);
  });
});
