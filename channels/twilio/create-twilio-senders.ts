import type twilio from 'twilio';
import { toSmsText } from './to-sms-text.js';
import { SendError, type MessageSender, type OutboundMessage } from '../../bot/runtime/ports.js';
import type { Market } from '../../bot/config/load-config.js';
import type { Logger } from '../../bot/logging/create-logger.js';
import { findTwilioMessage } from './find-twilio-message.js';
import { sendTwilioMessage, type TwilioMessageFields } from './send-twilio-message.js';

export interface CreateTwilioSendersOptions {
  /** The Twilio SDK client (twilio(accountSid, authToken)); tests point client.api.baseUrl at a local server. */
  client: twilio.Twilio;
  /** Our SMS number per market; replies leave from message.from, else the first of qc, on, ny. */
  numbers: Partial<Record<Market, string>>;
  /** E.164, without the `whatsapp:` prefix. Absent: WhatsApp sends fail (non-retryable). */
  whatsappNumber?: string;
  /** Message key -> approved Content SID (HX…), "default" as fallback. */
  /** Message key → approved template; `variables` (in order) fill {{1}}, {{2}}… from the message's named variables. */
  whatsappTemplates: Record<string, { contentSid: string; variables: string[] | null }>;
  /** Where Twilio posts delivery receipts: `${publicBaseUrl}/webhooks/twilio/status`. */
  statusCallbackUrl?: string;
  logger: Logger;
  /** The service's clock (the 24-hour window is measured against it). */
  now?: () => Date;
}

const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;
const MARKET_ORDER: Market[] = ['qc', 'on', 'ny'];

export function createTwilioSenders({
  now = () => new Date(),
  client,
  numbers,
  whatsappNumber,
  whatsappTemplates,
  statusCallbackUrl,
  logger,
}: CreateTwilioSendersOptions): { sms: MessageSender; whatsapp: MessageSender } {
  const log = logger.child({ channel: 'twilio' });
  const defaultNumber = MARKET_ORDER.map((market) => numbers[market]).find((number) => number !== undefined);

  const smsFrom = (message: OutboundMessage): string => {
    const from = message.from ?? defaultNumber;
    if (!from) throw new SendError('No Twilio SMS number configured', { retryable: false, code: 'sms_not_configured' });
    return from;
  };
  const whatsappFrom = (): string => {
    if (!whatsappNumber) throw new SendError('No Twilio WhatsApp number configured', { retryable: false, code: 'whatsapp_not_configured' });
    return `whatsapp:${whatsappNumber}`;
  };

  const templateFor = (key: string | undefined) => (key !== undefined && Object.hasOwn(whatsappTemplates, key) ? whatsappTemplates[key] : undefined);
  /** WhatsApp templates number their variables: the configured names, in order, become "1", "2"… */
  const contentVariables = (variables: string[] | null, values: Record<string, string> = {}) =>
    JSON.stringify(variables ? Object.fromEntries(variables.map((name, i) => [String(i + 1), values[name] ?? ''])) : values);

  const send = async (message: OutboundMessage, fields: TwilioMessageFields) => {
    try {
      const result = await sendTwilioMessage({ client, fields: { ...fields, StatusCallback: statusCallbackUrl } });
      log.debug({ messageId: message.messageId, providerId: result.providerId, kind: message.channel }, 'twilio message sent');
      return result;
    } catch (error) {
      const { retryable, code } = error instanceof SendError ? error.options : { retryable: undefined, code: undefined };
      log.warn({ messageId: message.messageId, kind: message.channel, retryable, code }, 'twilio send failed');
      throw error;
    }
  };

  const sms: MessageSender = {
    channel: 'sms',
    send: async (message) => send(message, { To: message.address, From: smsFrom(message), Body: toSmsText(message.text) }),
    findSent: async (message, since) => findTwilioMessage({ client, to: message.address, from: smsFrom(message), text: toSmsText(message.text), since }),
  };

  const whatsapp: MessageSender = {
    channel: 'whatsapp',
    send: async (message) => {
      const to = `whatsapp:${message.address}`;
      const from = whatsappFrom();
      // WhatsApp allows free text only within 24 h of the driver's last message; after that, approved templates only.
      const windowOpen = message.lastInboundAt !== undefined && now().getTime() - message.lastInboundAt.getTime() < WHATSAPP_WINDOW_MS;
      if (windowOpen) return send(message, { To: to, From: from, Body: message.text });
      const template = templateFor(message.templateKey) ?? templateFor('default');
      if (!template) {
        log.warn({ messageId: message.messageId, templateKey: message.templateKey }, 'whatsapp window closed, no template');
        throw new SendError('WhatsApp 24-hour window closed and no approved template configured', {
          retryable: false,
          code: 'whatsapp_window_closed',
        });
      }
      return send(message, { To: to, From: from, ContentSid: template.contentSid, ContentVariables: contentVariables(template.variables, message.templateVars) });
    },
    findSent: async (message, since) =>
      findTwilioMessage({ client, to: `whatsapp:${message.address}`, from: whatsappFrom(), text: message.text, since }),
  };

  return { sms, whatsapp };
}
