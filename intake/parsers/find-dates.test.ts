import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

const read = (text: string, order: 'DMY' | 'MDY' | null = null) => findDates({ text, order }).map((date) => date.candidates[0] ?? date.withoutYear);

describe('findDates', () => {
  it.each([
    ['Date 2024-10-04', null, '2024-10-04'],
    ['2024/10/04', null, '2024-10-04'],
    ['Y/A M D/J 2024 (12 07 11:37', null, '2024-12-07'],
    ['04/10/2024', 'DMY', '2024-10-04'],
    ['10/04/2024', 'MDY', '2024-10-04'],
    ['13/10/2024', 'MDY', '2024-10-13'],
    ['le 4 octobre 2024', null, '2024-10-04'],
    ['1er mars 2025', null, '2025-03-01'],
    ['October 4, 2024', null, '2024-10-04'],
    ['04-OCT-2024', null, '2024-10-04'],
    ['4 de octubre de 2024', null, '2024-10-04'],
    ['Sept. 12 2024', null, '2024-09-12'],
  ] as const)('%s', (text, order, expected) => {
    expect(read(text, order)).toEqual([expected]);
  });

  it('keeps a day and month without year for the caller to place', () => {
    expect(read('el 4 de octubre')).toEqual([{ month: 10, day: 4 }]);
    expect(read('red light Toronto Oct 4 fine 325')).toEqual([{ month: 10, day: 4 }]);
  });

  it('does not choose between day and month when nothing says which comes first', () => {
    expect(findDates({ text: '04/10/2024', order: null })[0].candidates).toEqual([]);
  });

  it('drops impossible dates', () => {
    expect(read('2024-02-30')).toEqual([]);
  });
});
