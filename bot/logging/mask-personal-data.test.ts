import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger.js';
import { maskPersonalData, maskPhone, maskString } from './mask-personal-data.js';

describe('personal data masking', () => {
  it('keeps only the last three digits of a phone number', () => {
    expect(maskPhone('+15145551234')).toBe('***234');
    expect(maskString('from whatsapp:+14165550199 to +1 (212) 555-0100')).toBe('from ***199 to ***100');
  });

  it('leaves ids alone: UUIDs and provider ids are not phone numbers', () => {
    const ids = 'outbox 6a47ed72-712c-4833-9bb7-7f0133fbb77f message SM0123456789abcdef0123456789abcdef';
    expect(maskString(ids)).toBe(ids);
  });

  it('redacts bodies, tokens and licence numbers by key, at any depth', () => {
    expect(
      maskPersonalData({ body: 'my licence is X', nested: { token: 'abc', licenceNumber: 'L123', list: [{ text: 'hello' }] }, From: '+15145551234', count: 3 }),
    ).toEqual({ body: '[redacted 15 chars]', nested: { token: '[redacted 3 chars]', licenceNumber: '[redacted 4 chars]', list: [{ text: '[redacted 5 chars]' }] }, From: '***234', count: 3 });
  });

  it('masks what a logger writes, in objects, messages and errors', () => {
    let out = '';
    const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _e, cb) => ((out += chunk.toString()), cb()) }) });
    logger.info({ address: '+15145551234', body: 'secret words' }, 'reply to +15145551234 queued');
    logger.error({ err: new Error('Twilio refused +15145551234') }, 'send failed');
    // A library error quoting the failed query's arguments (what Prisma does).
    const prismaError = Object.assign(new Error('Invalid `prisma.message.create()` invocation: { body: "secret words" }'), { name: 'PrismaClientValidationError', code: 'P2009' });
    logger.error({ err: prismaError }, 'turn failed');
    logger.warn({ err: Object.assign(new Error('Twilio refused the request (HTTP 400, code 21610)'), { name: 'SendError' }) }, 'send failed');
    expect(out).not.toContain('5551234');
    expect(out).not.toContain('secret words');
    expect(out).toContain('***234');
    const prismaLine = JSON.parse(out.split('\n').find((l) => l.includes('PrismaClientValidationError'))!);
    expect(prismaLine.err).toMatchObject({ type: 'PrismaClientValidationError', code: 'P2009' });
    expect(prismaLine.err.message).toBeUndefined();
    expect(prismaLine.err.stack).not.toContain('invocation');
    // Our own errors keep their message: it names what failed, never the data.
    expect(out).toContain('Twilio refused the request (HTTP 400, code 21610)');
  });
});
