import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logging/create-logger.js';
import { scanLogForPersonalData } from './scan-log-for-personal-data.js';

const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 'info', time: '2026-11-21T22:55:28.123Z', pid: 41234, service: 'ticket911', ...fields });

const cleanLog = [
  line({ msg: 'Ticket911 Assistant listening on http://127.0.0.1:3000 (port 3000)', port: 3000 }),
  line({ msg: 'inbound accepted', messageId: '6f1c2d0e-5b7a-4c1e-9d2f-1a2b3c4d5e6f', providerId: 'SM4f3e2d1c0b0a09080706050403020100', conversation: 'sms:***123', ms: 12.5 }),
  line({ msg: 'outbox sent', to: '***789', attempts: 1, elapsedMs: 1763765728123, bytes: 5145550123456 }),
  line({ msg: 'turn committed', revision: 4, body: '[redacted 42 chars]', durationMs: 2150.75 }),
];

async function scan(lines: string[], needles: { kind: 'body' | 'secret'; value: string }[] = []) {
  return scanLogForPersonalData({ lines, needles });
}

describe('scanLogForPersonalData', () => {
  it('passes a clean log: ids, dates, masked numbers and durations are not leaks', async () => {
    const result = await scan(cleanLog, [{ kind: 'secret', value: 'auth-token-0123456789abcdef' }, { kind: 'body', value: 'Je conteste mon constat' }]);
    expect(result).toMatchObject({ lines: 4, hits: 0 });
  });

  it.each([
    ['E.164', line({ msg: 'from +15145550123' })],
    ['WhatsApp address', line({ address: 'whatsapp:+14165550199' })],
    ['North American with parentheses', line({ msg: 'call (514) 555-0123 now' })],
    ['North American with dashes', line({ msg: 'call 1-514-555-0123' })],
    ['North American with dots', line({ note: '514.555.0123' })],
    ['bare ten digits', line({ phone: '5145550123' })],
  ])('finds a phone number: %s', async (_name, leaked) => {
    const result = await scan([...cleanLog, leaked]);
    expect(result.byKind.phone).toBe(1);
    expect(result.samples[0]).toMatchObject({ kind: 'phone', line: 5 });
    // The report hides what it found.
    expect(result.samples[0].match.startsWith('***')).toBe(true);
  });

  it.each([['L1234-567890-12'], ['L1234 567890 12'], ['l123456789012'], ['A1234-12345-12345']])('finds a licence number: %s', async (licence) => {
    const result = await scan([...cleanLog, line({ msg: `ticket for ${licence}` })]);
    expect(result.byKind.licence).toBe(1);
  });

  it('finds a planted body and a token, raw, JSON-escaped or URL-encoded', async () => {
    const body = 'Mon permis "L1234-567890-12" & la contravention';
    const token = 'auth-token-0123456789abcdef';
    const leaks = [
      line({ msg: body }),
      `{"form":"Body=${new URLSearchParams({ v: body }).toString().slice(2)}"}`,
      line({ header: `Basic ${token}` }),
    ];
    const result = await scan([...cleanLog, ...leaks], [{ kind: 'body', value: body }, { kind: 'secret', value: token }]);
    expect(result.byKind.body).toBe(2);
    expect(result.byKind.secret).toBe(1);
    expect(result.samples.filter((s) => s.kind === 'body').map((s) => s.line)).toEqual([5, 6]);
  });

  it('reads what the real logger writes and finds nothing when the masking holds', async () => {
    const chunks: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (chunk: string) => void chunks.push(chunk) } });
    logger.info({ from: '+15145550123', body: 'Mon permis L1234-567890-12', token: 'auth-token-0123456789abcdef' }, 'inbound from +14165550199');
    const lines = chunks.join('').trim().split('\n');
    const result = await scan(lines, [{ kind: 'body', value: 'Mon permis L1234-567890-12' }, { kind: 'secret', value: 'auth-token-0123456789abcdef' }]);
    expect(result.hits).toBe(0);
    expect(lines).toHaveLength(1);
  });

  it('counts every leak but keeps only the first samples', async () => {
    const leaks = Array.from({ length: 30 }, (_, i) => line({ msg: `+1514555${String(1000 + i)}` }));
    const result = await scanLogForPersonalData({ lines: leaks, keep: 5 });
    expect(result.hits).toBe(30);
    expect(result.samples).toHaveLength(5);
  });
});
