import { describe, expect, it } from 'vitest';
import { convertTwilioMessage } from './convert-twilio-message.js';

const base = {
  MessageSid: 'SM0123456789abcdef0123456789abcdef',
  AccountSid: 'ACabcdef0123456789abcdef0123456789',
  From: '+14165550142',
  To: '+14165550100',
  Body: 'hello',
  NumMedia: '0',
};
const receivedAt = new Date('2025-03-01T12:00:00Z');

describe('convertTwilioMessage', () => {
  it('turns an SMS into an InboundMessage', () => {
    expect(convertTwilioMessage({ params: base, receivedAt })).toEqual({
      success: true,
      message: {
        channel: 'sms',
        address: '+14165550142',
        recipient: '+14165550100',
        providerId: base.MessageSid,
        text: 'hello',
        media: [],
        receivedAt,
      },
    });
  });

  it('turns an empty Body into no text', () => {
    const result = convertTwilioMessage({ params: { ...base, Body: '' }, receivedAt });
    expect(result.success && result.message.text).toBeUndefined();
  });

  it('recognises WhatsApp by the From prefix and strips it', () => {
    const result = convertTwilioMessage({ params: { ...base, From: 'whatsapp:+14165550142', To: 'whatsapp:+14165550100' } });
    expect(result).toMatchObject({ success: true, message: { channel: 'whatsapp', address: '+14165550142', recipient: '+14165550100' } });
  });

  it('collects NumMedia media in order', () => {
    const result = convertTwilioMessage({
      params: {
        ...base,
        NumMedia: '2',
        MediaUrl0: 'https://api.twilio.com/a',
        MediaContentType0: 'image/png',
        MediaUrl1: 'https://api.twilio.com/b',
        MediaContentType1: 'image/jpeg',
      },
    });
    expect(result.success && result.message.media).toEqual([
      { url: 'https://api.twilio.com/a', contentType: 'image/png' },
      { url: 'https://api.twilio.com/b', contentType: 'image/jpeg' },
    ]);
  });

  it.each([
    ['a malformed MessageSid', { MessageSid: 'SM123' }],
    ['a missing From', { From: undefined }],
    ['a From that is not E.164', { From: '5145550142' }],
    ['a missing To', { To: undefined }],
    ['a NumMedia that is not a number', { NumMedia: 'two' }],
    ['a NumMedia without its MediaUrl', { NumMedia: '1' }],
  ])('rejects %s, naming fields but not values', (_label, overrides) => {
    const result = convertTwilioMessage({ params: { ...base, ...overrides } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.join(' ')).not.toContain('5145550142');
    }
  });
});
