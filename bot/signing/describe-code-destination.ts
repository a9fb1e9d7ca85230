import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { maskEmailAddress, maskPhoneNumber } from '../../signing/mask-destination.js';

export interface DescribeCodeDestinationOptions {
  language: Language;
  /** The conversation the link was sent in; email when the driver chose it. */
  via: { kind: 'conversation'; channel: string; address: string } | { kind: 'email'; address: string };
}

/** "SMS to •••• 4567", "this chat", "email to j•••@gmail.com": where the code went, for the page and the trail. */
export function describeCodeDestination({ language, via }: DescribeCodeDestinationOptions): string {
  if (via.kind === 'email') return translate(language, 'mandate.codeTo.email', { address: maskEmailAddress(via.address) });
  if (via.channel === 'sms') return translate(language, 'mandate.codeTo.sms', { number: maskPhoneNumber(via.address) });
  if (via.channel === 'whatsapp') return translate(language, 'mandate.codeTo.whatsapp', { number: maskPhoneNumber(via.address) });
  return translate(language, 'mandate.codeTo.chat');
}
