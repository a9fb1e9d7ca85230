import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilioApi, startFakeTwilioApi } from './start-fake-twilio-api.js';

describe('startFakeTwilioApi', () => {
  let api: FakeTwilioApi;
  let client: twilio.Twilio;
  beforeAll(async () => {
    api = await startFakeTwilioApi({ accountSid: 'AC' + 'a'.repeat(32), authToken: 'bench-token' });
    client = twilio(api.accountSid, api.authToken);
    client.api.baseUrl = api.baseUrl;
  });
  afterAll(() => api.close());

  it('answers the real SDK\'s Messages create and list like Twilio, counting sends per To number', async () => {
    const first = await client.messages.create({ to: '+15142000001', from: '+15145550100', body: 'Bonjour' });
    await client.messages.create({ to: '+15142000002', from: '+15145550100', body: 'Hello' });
    await client.messages.create({ to: '+15142000001', from: '+15145550100', body: 'Encore' });
    expect(first).toMatchObject({ to: '+15142000001', from: '+15145550100', body: 'Bonjour', status: 'queued' });
    expect(first.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(api.sendsTo.get('+15142000001')?.map((m) => m.body)).toEqual(['Bonjour', 'Encore']);
    expect(api.totalSends()).toBe(3);
    const listed = await client.messages.list({ to: '+15142000001', from: '+15145550100', limit: 50 });
    expect(listed.map((m) => m.body)).toEqual(['Encore', 'Bonjour']);
    expect(listed[0].dateCreated).toBeInstanceOf(Date);
  });

  it('refuses wrong credentials with Twilio\'s 20003', async () => {
    const intruder = twilio(api.accountSid, 'wrong-token');
    intruder.api.baseUrl = api.baseUrl;
    await expect(intruder.messages.create({ to: '+15142000003', from: '+15145550100', body: 'x' })).rejects.toMatchObject({ status: 401, code: 20003 });
    expect(api.sendsTo.has('+15142000003')).toBe(false);
  });
});
