import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { twilioDriver } from '../support/twilio-driver.js';
import { openWebChat } from '../support/web-chat-driver.js';

const PHONE = '+15145557788';
const SECRET_TEXT = 'Mon permis est T1234-567890-12 et je demeure au 42 rue Secrète';

describe('logs carry no personal data', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  beforeAll(async () => {
    fake = await startFakeTwilio();
    t = await createTestApp({
      env: { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.baseUrl, TWILIO_NUMBER_QC: '+15145550100', STAFF_API_TOKEN: 'staff-secret-token-xyz-123456' },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('logs a full SMS and web chat journey at debug level without bodies, numbers or tokens', async () => {
    const sms = twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from: PHONE, to: '+15145550100', accountSid: fake.accountSid });
    await sms.text('Bonjour').expect(200);
    await sms.text('oui').expect(200);
    await sms.text(SECRET_TEXT).expect(200);
    const chat = await openWebChat(t.app.express, 'fr');
    await chat.say(SECRET_TEXT).expect(202);
    await t.settle();
    expect(fake.sent.length).toBeGreaterThan(2);

    const raw = t.rawLog();
    expect(raw.length).toBeGreaterThan(0);
    expect(t.logLines().some((l) => l.msg === 'turn committed')).toBe(true);
    const digits = PHONE.slice(2);
    expect(raw).not.toContain(digits);
    expect(raw).not.toContain('5557788');
    expect(raw).not.toContain('T1234-567890');
    expect(raw).not.toContain('rue Secrète');
    expect(raw).not.toContain(chat.token);
    expect(raw).not.toContain(fake.authToken);
    expect(raw).not.toContain('staff-secret-token');
    // Nor what the bot said (it quotes the case number and the driver's language).
    for (const message of fake.sent) expect(raw).not.toContain(message.body.slice(0, 40));
  });
});
