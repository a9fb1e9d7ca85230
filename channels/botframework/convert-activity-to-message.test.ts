import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { convertActivityToMessage } from './convert-activity-to-message.js';

const receivedAt = new Date('2025-01-02T03:04:05Z');

function teamsActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    type: 'message',
    id: '1736000000000',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    from: { id: '29:user', name: 'Driver', aadObjectId: 'aad-1' },
    recipient: { id: '28:bot', name: 'Ticket911' },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
    text: '<at>Ticket911</at> I got a speeding ticket',
    locale: 'fr-CA',
    ...overrides,
  } as Activity;
}

describe('convertActivityToMessage', () => {
  it('maps a Teams message, without the @mention', () => {
    const message = convertActivityToMessage({ activity: teamsActivity(), receivedAt });
    expect(message).toEqual({
      channel: 'botframework',
      address: 'a:conv-1',
      providerId: 'bf:msteams:a:conv-1:1736000000000',
      text: 'I got a speeding ticket',
      media: [],
      channelData: {
        activityId: '1736000000000',
        user: { id: '29:user', name: 'Driver', aadObjectId: 'aad-1' },
        bot: { id: '28:bot', name: 'Ticket911' },
        conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
        channelId: 'msteams',
        locale: 'fr-CA',
        serviceUrl: 'https://smba.trafficmanager.net/amer/',
      },
      languageHint: 'fr-CA',
      receivedAt,
    });
  });

  it('strips every mention, whatever its attributes, and keeps the rest of the text', () => {
    const activity = teamsActivity({ text: 'Hi <at id="0">Ticket911</at>, and <AT>Someone Else</AT> too\nline 2' });
    expect(convertActivityToMessage({ activity }).text).toBe('Hi , and too\nline 2');
  });

  it('leaves text undefined when the message was only a mention or an image', () => {
    expect(convertActivityToMessage({ activity: teamsActivity({ text: '<at>Ticket911</at> ' }) }).text).toBeUndefined();
    expect(convertActivityToMessage({ activity: teamsActivity({ text: undefined }) }).text).toBeUndefined();
  });

  it('keeps image attachments by URL only', () => {
    const activity = teamsActivity({
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/a1/views/original' },
        { contentType: 'text/html', content: '<p>I got a speeding ticket</p>' },
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
        { contentType: 'IMAGE/JPEG', contentUrl: 'https://directline.botframework.com/attachments/x/y.jpg' },
        { contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA' },
      ],
    });
    expect(convertActivityToMessage({ activity }).media).toEqual([
      { url: 'https://smba.trafficmanager.net/amer/v3/attachments/a1/views/original', contentType: 'image/png' },
      { url: 'https://directline.botframework.com/attachments/x/y.jpg', contentType: 'image/jpeg' },
    ]);
  });

  it('gives no providerId when the activity has no id, and no language hint without a locale', () => {
    const message = convertActivityToMessage({ activity: teamsActivity({ id: undefined, locale: undefined }) });
    expect(message.providerId).toBeUndefined();
    expect(message.languageHint).toBeUndefined();
  });
});
