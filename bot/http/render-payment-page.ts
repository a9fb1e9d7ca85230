import { escapeHtml } from '../../billing/email/escape-html.js';
import type { Language } from '../../i18n/languages.js';
import { type MessageKey, translate } from '../../i18n/translate.js';

export interface RenderPaymentPageOptions {
  language: Language;
  title: MessageKey;
  body: MessageKey;
}

/** The small pages around the payment link (paid, expired, cancelled, thanks), in the client's language. */
export function renderPaymentPage({ language, title, body }: RenderPaymentPageOptions): string {
  const heading = escapeHtml(translate(language, title));
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} — Ticket911</title>
<link rel="stylesheet" href="/payment-page.css">
</head><body><h1>${heading}</h1><p>${escapeHtml(translate(language, body))}</p></body></html>`;
}
