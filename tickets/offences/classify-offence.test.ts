import { describe, expect, it } from 'vitest';
import { classifyOffence } from './classify-offence.js';

describe('classifyOffence from a printed section', () => {
  it.each([
    ['QC', 'CSR', 'art. 299', { category: 'speeding', statute: 'CSR', section: '299' }],
    ['QC', null, 'art. 299 CSR', { category: 'speeding', statute: 'CSR', section: '299' }],
    ['QC', 'C.S.R.', 'a. 328', { category: 'speeding', statute: 'CSR', section: '328' }],
    ['QC', null, '443.1', { category: 'handheld_device', statute: 'CSR', section: '443.1' }],
    ['QC', 'CSR', '359', { category: 'red_light', statute: 'CSR', section: '359' }],
    ['ON', null, 'HTA s.128', { category: 'speeding', statute: 'HTA', section: '128' }],
    ['ON', 'HTA', '144(18)', { category: 'red_light', statute: 'HTA', section: '144(18)' }],
    // The red-light camera charge against the owner: a camera ticket (no points), not running the light.
    ['ON', 'HTA', '144(18.1)', { category: 'camera', statute: 'HTA', section: '144(18.1)' }],
    ['ON', 'H.T.A.', '78.1(1)', { category: 'handheld_device', statute: 'HTA', section: '78.1(1)' }],
    ['ON', 'HTA', '136 (1) (a)', { category: 'stop_sign', statute: 'HTA', section: '136(1)(a)' }],
    ['ON', 'HTA', '136(1)(b)', { category: 'failure_to_yield', statute: 'HTA', section: '136(1)(b)' }],
    ['ON', 'Highway Traffic Act, R.S.O. 1990, c. H.8', 's. 130', { category: 'careless_driving', statute: 'HTA', section: '130' }],
    ['NY', null, 'VTL 1180D', { category: 'speeding', statute: 'VTL', section: '1180(d)' }],
    ['NY', 'VTL', 'sec 1180(d)', { category: 'speeding', statute: 'VTL', section: '1180(d)' }],
    ['NY', 'VTL', '1180 D', { category: 'speeding', statute: 'VTL', section: '1180(d)' }],
    ['NY', 'VTL', '1111D1', { category: 'red_light', statute: 'VTL', section: '1111(d)(1)' }],
    ['NY', null, 'VTL §1180-b', { category: 'camera', statute: 'VTL', section: '1180-b' }],
    ['NY', 'VTL', '1180-b', { category: 'camera', statute: 'VTL', section: '1180-b' }],
    ['NY', 'VTL', '1225-C', { category: 'handheld_device', statute: 'VTL', section: '1225-c' }],
    ['NY', 'VTL', '1225C', { category: 'handheld_device', statute: 'VTL', section: '1225-c' }],
    ['NY', 'VTL', '1229-c(3)', { category: 'seatbelt', statute: 'VTL', section: '1229-c(3)' }],
    ['NY', 'VTL', '1172A', { category: 'stop_sign', statute: 'VTL', section: '1172(a)' }],
  ] as const)('%s %s %s', (jurisdiction, statute, section, expected) => {
    expect(classifyOffence({ jurisdiction, statute, section })).toEqual(expected);
  });

  it('reads "144.18" (brackets lost by OCR) as s. 144(18)', () => {
    expect(classifyOffence({ jurisdiction: 'ON', statute: 'HTA', section: '144.18' })).toEqual({
      category: 'red_light',
      statute: 'HTA',
      section: '144(18)',
    });
  });

  it('lets the words decide between the sections under a bare "136"', () => {
    expect(classifyOffence({ jurisdiction: 'ON', statute: 'HTA', section: '136', text: 'fail to yield' })?.category).toBe(
      'failure_to_yield',
    );
    expect(classifyOffence({ jurisdiction: 'ON', statute: 'HTA', section: '136' })?.category).toBe('stop_sign');
  });

  it('turns a camera ticket citing the speed rule into a camera offence', () => {
    expect(classifyOffence({ jurisdiction: 'ON', statute: 'HTA', section: '128', text: 'Automated Speed Enforcement' })).toEqual({
      category: 'camera',
      statute: 'HTA',
      section: '128',
    });
    expect(classifyOffence({ jurisdiction: 'QC', section: '328', text: 'cinémomètre photographique' })?.category).toBe('camera');
  });

  it('keeps an unknown section of a known statute as "other"', () => {
    expect(classifyOffence({ jurisdiction: 'QC', statute: 'CSR', section: '9999' })).toEqual({
      category: 'other',
      statute: 'CSR',
      section: '9999',
    });
    expect(classifyOffence({ jurisdiction: 'NY', section: 'VTL 1110(a)' })).toEqual({ category: 'other', statute: 'VTL', section: '1110(a)' });
  });

  it('does not place a bare unknown number with no statute and no words', () => {
    expect(classifyOffence({ jurisdiction: 'QC', section: '9999' })).toBeNull();
  });

  it('keeps a statute it does not know (a by-law) as printed', () => {
    expect(classifyOffence({ jurisdiction: 'QC', statute: 'RCG 05-002', section: 'art. 3', text: 'excès de vitesse' })).toEqual({
      category: 'speeding',
      statute: 'RCG 05-002',
      section: '3',
    });
  });

  it('finds a section written inside the words', () => {
    expect(classifyOffence({ jurisdiction: 'NY', text: 'Speeding VTL 1180D 65/55' })).toEqual({
      category: 'speeding',
      statute: 'VTL',
      section: '1180(d)',
    });
  });

  it('does not take a speed in the words for a section', () => {
    expect(classifyOffence({ jurisdiction: 'ON', text: 'speeding 78 in a 50' })).toEqual({ category: 'speeding', statute: 'HTA', section: '128' });
  });
});

describe('classifyOffence from words only', () => {
  it.each([
    ['QC', 'EXCÈS DE VITESSE', 'speeding', '328'],
    ['QC', 'exces de vitesse', 'speeding', '328'],
    ['QC', 'vitesse', 'speeding', '328'],
    ['ON', 'speeding', 'speeding', '128'],
    ['NY', 'exceso de velocidad', 'speeding', '1180(d)'],
    ['QC', 'Feu rouge', 'red_light', '359'],
    ['ON', 'red light', 'red_light', '144(18)'],
    ['NY', 'me pasé la luz roja', 'red_light', '1111(d)'],
    ['QC', "Ne pas avoir fait l'arrêt", 'stop_sign', '368'],
    ['ON', 'stop sign', 'stop_sign', '136(1)(a)'],
    ['QC', 'cellulaire au volant', 'handheld_device', '443.1'],
    ['QC', 'téléphone', 'handheld_device', '443.1'],
    ['ON', 'cell phone', 'handheld_device', '78.1(1)'],
    ['ON', 'handheld device', 'handheld_device', '78.1(1)'],
    ['NY', 'talking on a cell phone', 'handheld_device', '1225-c'],
    ['NY', 'texting while driving', 'handheld_device', '1225-d'],
    ['NY', 'usar el teléfono', 'handheld_device', '1225-c'],
    ['QC', 'ceinture de sécurité', 'seatbelt', '396'],
    ['ON', 'seat belt', 'seatbelt', '106(2)'],
    ['NY', 'seatbelt', 'seatbelt', '1229-c'],
    ['NY', 'sin cinturón', 'seatbelt', '1229-c'],
    ['QC', 'vitesse ou action susceptible de mettre en péril la vie', 'careless_driving', '327'],
    ['ON', 'careless driving', 'careless_driving', '130'],
    ['NY', 'reckless driving', 'careless_driving', '1212'],
    ['NY', 'conducción negligente', 'careless_driving', '1212'],
    ['ON', 'failure to yield', 'failure_to_yield', '135'],
    ['NY', 'no ceda el paso', 'failure_to_yield', '1140'],
  ] as const)('%s "%s" → %s %s', (jurisdiction, text, category, section) => {
    expect(classifyOffence({ jurisdiction, text })).toEqual({ category, statute: { QC: 'CSR', ON: 'HTA', NY: 'VTL' }[jurisdiction], section });
  });

  it('recognises camera words before the speed or red light they mention', () => {
    // No single section is the charge for a camera ticket: the words alone cannot fill the ticket.
    expect(classifyOffence({ jurisdiction: 'ON', text: 'red light camera' })).toBeNull();
    expect(classifyOffence({ jurisdiction: 'NY', text: 'speed camera', section: '1180-b' })?.category).toBe('camera');
    expect(classifyOffence({ jurisdiction: 'QC', text: 'photo radar', section: '299' })?.category).toBe('camera');
  });

  it('returns null when the words name no known offence', () => {
    expect(classifyOffence({ jurisdiction: 'QC', text: 'stationnement interdit' })).toBeNull();
    expect(classifyOffence({ jurisdiction: 'ON', text: null })).toBeNull();
    expect(classifyOffence({ jurisdiction: 'NY' })).toBeNull();
  });

  it('returns null for a category whose sections could not be verified', () => {
    expect(classifyOffence({ jurisdiction: 'QC', text: 'céder le passage' })).toBeNull();
  });
});

describe('classifyOffence and statutes named in words', () => {
  it('does not read a Quebec driver\'s "code de la route" as Ontario\'s Act', () => {
    expect(classifyOffence({ jurisdiction: 'QC', text: 'excès de vitesse, code de la route' })).toEqual({
      category: 'speeding',
      statute: 'CSR',
      section: '328',
    });
  });
});
