import { describe, expect, it } from 'vitest';
import { describeOffence } from './describe-offence.js';

describe('describeOffence', () => {
  it('words a Quebec speeding ticket in French', () => {
    expect(describeOffence({ jurisdiction: 'QC', category: 'speeding', section: '299', speed: null, language: 'fr' })).toEqual({
      title: 'Excès de vitesse',
      statuteName: 'Code de la sécurité routière',
      sectionLabel: 'art. 299',
    });
  });

  it('uses the official name in each language', () => {
    expect(describeOffence({ jurisdiction: 'QC', category: 'speeding', section: '328', language: 'en' }).statuteName).toBe('Highway Safety Code');
    expect(describeOffence({ jurisdiction: 'ON', category: 'speeding', section: '128', language: 'fr' }).statuteName).toBe('Code de la route');
    expect(describeOffence({ jurisdiction: 'ON', category: 'speeding', section: '128', language: 'en' })).toEqual({
      title: 'Speeding',
      statuteName: 'Highway Traffic Act',
      sectionLabel: 's. 128',
    });
  });

  it('labels sections per language and New York with §', () => {
    expect(describeOffence({ jurisdiction: 'ON', category: 'red_light', section: '144(18)', language: 'es' }).sectionLabel).toBe('art. 144(18)');
    expect(describeOffence({ jurisdiction: 'NY', category: 'speeding', section: '1180(d)', language: 'en' })).toEqual({
      title: 'Speeding',
      statuteName: 'Vehicle and Traffic Law',
      sectionLabel: '§ 1180(d)',
    });
    expect(describeOffence({ jurisdiction: 'NY', category: 'red_light', section: '1111(d)', language: 'es' }).title).toBe(
      'Pasarse un semáforo en rojo',
    );
  });

  it('falls back to the main section, and to "other" words', () => {
    expect(describeOffence({ jurisdiction: 'NY', category: 'handheld_device', section: null, language: 'en' }).sectionLabel).toBe('§ 1225-c');
    expect(describeOffence({ jurisdiction: 'QC', category: 'camera', section: null, language: 'fr' }).sectionLabel).toBe('');
    expect(describeOffence({ jurisdiction: 'QC', category: 'other', section: '500', language: 'fr' })).toEqual({
      title: 'Autre infraction',
      statuteName: 'Code de la sécurité routière',
      sectionLabel: 'art. 500',
    });
  });
});
