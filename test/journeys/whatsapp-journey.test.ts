import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { twilioDriver } from '../support/twilio-driver.js';

const OUR_WHATSAPP = '+15145550199';
const NUDGE_TEMPLATE = 'HX' + 'a'.repeat(32);
const DEFAULT_TEMPLATE = 'HX' + 'b'.repeat(32);

describe('WhatsApp journey: free text inside the 24-hour window, approved template outside it', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  beforeAll(async () => {
    // Far from the real date on purpose: a timestamp taken from the real clock instead of the
    // service's would put the 24-hour window in the wrong place and fail this test.
    const clock = createTestClock('2027-03-01T15:00:00Z');
    fake = await startFakeTwilio({ now: clock.now });
    t = await createTestApp({
      clock,
      env: {
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_API_BASE_URL: fake.baseUrl,
        TWILIO_WHATSAPP_NUMBER: OUR_WHATSAPP,
        TWILIO_WHATSAPP_TEMPLATES: JSON.stringify({ 'ticket.nudge': NUDGE_TEMPLATE, default: DEFAULT_TEMPLATE }),
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('answers in the window with text, and nudges a day later with the template', async () => {
    const driver = twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from: 'whatsapp:+14165557777', to: `whatsapp:${OUR_WHATSAPP}`, accountSid: fake.accountSid });
    await driver.text('Hello').expect(200);
    await driver.text('yes').expect(200);
    await t.settle();
    expect(fake.sent.map((m) => [m.to, m.from, m.form.ContentSid])).toEqual([
      ['whatsapp:+14165557777', `whatsapp:${OUR_WHATSAPP}`, undefined],
      ['whatsapp:+14165557777', `whatsapp:${OUR_WHATSAPP}`, undefined],
    ]);
    expect(fake.sent[1].body).toContain('Send a clear photo of your ticket');

    t.clock.advance(24 * 60 * 60 * 1000);
    await t.app.scheduler.runOnce();
    await t.settle();
    expect(fake.sent).toHaveLength(3);
    expect(fake.sent[2].form.ContentSid).toBe(NUDGE_TEMPLATE);
    expect(fake.sent[2].form.Body).toBeUndefined();
    expect(JSON.parse(fake.sent[2].form.ContentVariables)).toEqual(expect.any(Object));
  });
});
