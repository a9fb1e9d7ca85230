import { describe, expect, it } from 'vitest';
import { isNewYorkCity } from './is-new-york-city.js';

describe('isNewYorkCity', () => {
  it.each([
    'Brooklyn',
    'KINGS COUNTY',
    'Queens',
    'Jamaica Ave, Queens, NY',
    'The Bronx',
    'BRONX',
    'Staten Island',
    'Richmond County',
    'Manhattan',
    'NEW YORK COUNTY',
    'New York City',
    'NYC',
    'New York, NY',
    'Flushing, NY 11354',
  ])('"%s" is in the city', (location) => {
    expect(isNewYorkCity({ location, court: null })).toBe(true);
  });

  it.each(['Albany', 'Queensbury', 'Bronxville', 'Kings Park', 'Buffalo, NY 14202', 'Mineola, NY 11501', 'Yonkers'])(
    '"%s" is not',
    (location) => {
      expect(isNewYorkCity({ location, court: null })).toBe(false);
    },
  );

  it('reads the court too', () => {
    expect(isNewYorkCity({ location: null, court: 'Traffic Violations Bureau - Brooklyn South' })).toBe(true);
    expect(isNewYorkCity({ location: null, court: 'Town of Colonie Justice Court' })).toBe(false);
    expect(isNewYorkCity({ location: null, court: null })).toBe(false);
  });
});
