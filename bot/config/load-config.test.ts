import { describe, expect, it } from 'vitest';
import { ConfigError, describeIntegrations, loadConfig } from './load-config.js';

describe('loadConfig: billing, Stripe, email', () => {
  it('starts with card payments, Interac and receipts off, and says which variables turn them on', () => {
    const config = loadConfig({});
    expect(config.stripe.enabled).toBe(false);
    expect(config.email.enabled).toBe(false);
    expect(config.billing).toMatchObject({ quoteValidDays: 7, reminderAfterMs: 24 * 3_600_000, interacEmail: undefined, timeZone: 'America/Montreal' });
    const lines = Object.fromEntries(describeIntegrations(config).map((line) => [line.integration, line]));
    expect(lines.stripe).toMatchObject({ on: false, detail: expect.stringContaining('STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET') });
    expect(lines.interac).toMatchObject({ on: false, detail: expect.stringContaining('INTERAC_EMAIL') });
    expect(lines.email).toMatchObject({ on: false, detail: expect.stringContaining('RESEND_API_KEY') });
  });

  it('reads the firm, its registration numbers and the payment settings', () => {
    const config = loadConfig({
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      RESEND_API_KEY: 're_1',
      INTERAC_EMAIL: 'paiements@example.ca',
      QUOTE_VALID_DAYS: '10',
      PAYMENT_REMINDER_HOURS: '36',
      FIRM_ADDRESS: '1 rue A | Montréal (Québec) H1H 1H1 ',
      GST_NUMBER: '123456789 RT0001',
      QST_NUMBER: '1234567890 TQ0001',
    });
    expect(config.stripe.enabled).toBe(true);
    expect(config.email.enabled).toBe(true);
    expect(config.billing.quoteValidDays).toBe(10);
    expect(config.billing.reminderAfterMs).toBe(36 * 3_600_000);
    expect(config.billing.firm.addressLines).toEqual(['1 rue A', 'Montréal (Québec) H1H 1H1']);
    expect(config.billing.firm.taxRegistrations).toEqual([
      { name: 'GST', number: '123456789 RT0001' },
      { name: 'QST', number: '1234567890 TQ0001' },
    ]);
  });

  it('refuses a Stripe key without its webhook secret (money would be taken and never confirmed), and a bad Interac address', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(ConfigError);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(/STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET: set both, or neither/);
    expect(() => loadConfig({ INTERAC_EMAIL: 'not-an-address' })).toThrow(/INTERAC_EMAIL/);
  });

  it('Slack: off and says how to turn it on; HTTP events or Socket Mode; a bot token alone is refused', () => {
    const off = Object.fromEntries(describeIntegrations(loadConfig({})).map((line) => [line.integration, line]));
    expect(off.slack).toMatchObject({ on: false, detail: expect.stringContaining('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET') });
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_CHANNEL_QC: 'C1', SLACK_LAWYERS_USERGROUP_ID: 'S1', SLACK_ON_DUTY_NY: 'U9' });
    expect(http.slack).toMatchObject({ enabled: true, channels: { qc: 'C1' }, lawyersUserGroupId: 'S1', onDutyUserIds: { ny: 'U9' } });
    const line = describeIntegrations(http).find((l) => l.integration === 'slack')!;
    expect(line.detail).toContain('events at /slack/events');
    expect(line.detail).toContain('channels: qc');
    expect(describeIntegrations(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).find((l) => l.integration === 'slack')!.detail).toContain('Socket Mode');
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET \(HTTP events\) or SLACK_APP_TOKEN/);
  });

  it('WhatsApp templates: a Content SID, or a Content SID with the variable names that fill {{1}}, {{2}}…', () => {
    const config = loadConfig({
      TWILIO_WHATSAPP_TEMPLATES: JSON.stringify({ default: 'HX00000000000000000000000000000000', 'reminder.hearing1': { contentSid: 'HX11111111111111111111111111111111', variables: ['caseNumber', 'date'] } }),
    });
    expect(config.twilio.whatsappTemplates).toEqual({
      default: { contentSid: 'HX00000000000000000000000000000000', variables: null },
      'reminder.hearing1': { contentSid: 'HX11111111111111111111111111111111', variables: ['caseNumber', 'date'] },
    });
    expect(() => loadConfig({ TWILIO_WHATSAPP_TEMPLATES: JSON.stringify({ x: { contentSid: 'nope', variables: [] } }) })).toThrow(ConfigError);
  });

  it('rate limits: on by default with a high webhook budget, each configurable, 0 turns one off; the start-up line says so', () => {
    const defaults = loadConfig({});
    expect(defaults.rateLimits).toEqual({ webhookPerMinute: 3_000, chatPerMinute: 300, pagesPerMinute: 60, apiPerMinute: 600, senderPerMinute: 12, apiAuthFailuresPerHour: 20 });
    const line = describeIntegrations(defaults).find((l) => l.integration === 'rate-limits')!;
    expect(line.detail).toContain('per driver 12/min');
    expect(line.detail).toContain('set TRUST_PROXY');
    const tuned = loadConfig({ RATE_LIMIT_WEBHOOK_PER_MINUTE: '0', RATE_LIMIT_SENDER_PER_MINUTE: '5', TRUST_PROXY: '1' });
    expect(tuned.rateLimits).toMatchObject({ webhookPerMinute: 0, senderPerMinute: 5 });
    const tunedLine = describeIntegrations(tuned).find((l) => l.integration === 'rate-limits')!.detail;
    expect(tunedLine).toContain('webhooks off');
    expect(tunedLine).not.toContain('TRUST_PROXY');
    expect(() => loadConfig({ RATE_LIMIT_CHAT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_CHAT_PER_MINUTE/);
  });
});
