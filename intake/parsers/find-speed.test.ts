import { describe, expect, it } from 'vitest';
import { findSpeed } from './find-speed.js';

describe('findSpeed', () => {
  it.each([
    ['Vitesse 78 km/h zone 50 km/h', null, { recorded: 78, limit: 50, unit: 'km/h' }],
    ['Vitesse captée 140 km/h — Limite 100 km/h', null, { recorded: 140, limit: 100, unit: 'km/h' }],
    ['Zone 50 km/h — vitesse 78 km/h', null, { recorded: 78, limit: 50, unit: 'km/h' }],
    ['58 MPH in a 30 zone', null, { recorded: 58, limit: 30, unit: 'mph' }],
    ['SPEED 58 MPH IN 30 MPH ZONE', null, { recorded: 58, limit: 30, unit: 'mph' }],
    ['speeding 78 in a 50', 'km/h', { recorded: 78, limit: 50, unit: 'km/h' }],
    ['excès de vitesse 112 dans un 90', 'km/h', { recorded: 112, limit: 90, unit: 'km/h' }],
    ['78 en una zona de 50', 'km/h', { recorded: 78, limit: 50, unit: 'km/h' }],
    ['SPEEDING 65/55', 'mph', { recorded: 65, limit: 55, unit: 'mph' }],
  ] as const)('%s', (text, defaultUnit, speed) => {
    expect(findSpeed({ text, defaultUnit })).toEqual(speed);
  });

  it('gives no speed without a unit to tell km/h from mph', () => {
    expect(findSpeed({ text: 'speeding 78 in a 50', defaultUnit: null })).toBeNull();
  });

  it('does not take a date, a time or a count for a speed', () => {
    expect(findSpeed({ text: 'Date 2024/10/04 at 14:32, 3 points', defaultUnit: 'km/h' })).toBeNull();
  });
});
