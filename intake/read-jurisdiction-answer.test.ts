import { describe, expect, it } from 'vitest';
import { readJurisdictionAnswer } from './read-jurisdiction-answer.js';

describe('readJurisdictionAnswer', () => {
  it.each([
    ['QC', 'QC'],
    ['Québec', 'QC'],
    ["c'est au Québec", 'QC'],
    ['on', 'ON'],
    ['Ontario!', 'ON'],
    ['it was in New York', 'NY'],
    ['Nueva York', 'NY'],
  ])('%s → %s', (text, expected) => {
    expect(readJurisdictionAnswer(text)).toBe(expected);
  });

  it('answers null to anything else', () => {
    expect(readJurisdictionAnswer('Alberta')).toBeNull();
    expect(readJurisdictionAnswer('the fine is 250')).toBeNull();
  });
});
