import { describe, expect, it } from 'vitest';
import { escapeCsvCell } from './escape-csv-cell.js';

describe('escapeCsvCell', () => {
  it.each(['=1+1', '+1 514 555-0199', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])('defuses %j with a leading apostrophe (OWASP CSV injection)', (value) => {
    const escaped = escapeCsvCell({ value });
    expect(escaped.replace(/^"/, '').startsWith(`'${value[0]}`)).toBe(true);
  });

  it('leaves a trigger character that is not first alone', () => {
    expect(escapeCsvCell({ value: 'a=b-c@d' })).toBe('a=b-c@d');
    expect(escapeCsvCell({ value: '2026-000042' })).toBe('2026-000042');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(escapeCsvCell({ value: 'Gagné, Françoise' })).toBe('"Gagné, Françoise"');
    expect(escapeCsvCell({ value: 'Françoise "Fanny"' })).toBe('"Françoise ""Fanny"""');
    expect(escapeCsvCell({ value: 'a\nb' })).toBe('"a\nb"');
    expect(escapeCsvCell({ value: 'a\r\nb' })).toBe('"a\r\nb"');
    expect(escapeCsvCell({ value: '=HYPERLINK("http://x","y")' })).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(escapeCsvCell({ value: '' })).toBe('');
  });
});
