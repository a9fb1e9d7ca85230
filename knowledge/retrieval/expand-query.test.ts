import { describe, expect, it } from 'vitest';
import { expandQuery } from './expand-query.js';

describe('expandQuery', () => {
  it('adds the French and English words of a concept named in Spanish', () => {
    const expanded = expandQuery('Me multaron por exceso de velocidad con radar fotográfico');
    expect(expanded).toContain('vitesse');
    expect(expanded).toContain('speeding');
    expect(expanded).toContain('cinemometre');
  });

  it('matches whole words and phrases only', () => {
    expect(expandQuery('stopped at home')).toBe('stopped at home');
    expect(expandQuery('le feu rouge')).toContain('red light');
  });

  it('leaves a query with no known concept as folded text', () => {
    expect(expandQuery('Bonjour, ÇA VA ?')).toBe('bonjour ca va');
  });
});
