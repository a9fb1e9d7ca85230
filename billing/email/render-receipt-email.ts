import { formatMoney, LOCALES } from '../../i18n/format-money.js';
import type { Language } from '../../i18n/languages.js';
import type { Currency } from '../quote/price-quote.js';
import { escapeHtml } from './escape-html.js';
import { catalogs, type MessageKey, translate } from '../../i18n/translate.js';

export interface RenderReceiptEmailOptions {
  language: Language;
  /** As the client gave it; null greets without a name. */
  clientName: string | null;
  /** "T911-000123". */
  caseNumber: string;
  /** "2026-000042". */
  invoiceNumber: string;
  totalCents: number;
  currency: Currency;
  /** ISO instant of the payment. */
  paidAt: string;
  /** The court's zone the date is written in (America/Montreal, America/Toronto, America/New_York). */
  timeZone: string;
  /** Where the same PDF can be downloaded. */
  invoiceUrl: string;
  firmName: string;
}

export interface ReceiptEmail {
  subject: string;
  text: string;
  html: string;
}

type Vars = Record<string, string>;

/** The email's sentences (i18n/documents-catalog-*.ts), named without their prefix. */
type ReceiptEmailKey = Extract<MessageKey, `receiptEmail.${string}`> extends `receiptEmail.${infer Key}` ? Key : never;

/** The sentence as HTML: the text and every value escaped, the invoice URL a link. */
function fillHtml(language: Language, key: MessageKey, vars: Vars): string {
  return catalogs[language][key]
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeHtml(part);
      if (!(name in vars)) throw new Error(`Missing variable {${name}} for message ${key}`);
      const value = escapeHtml(vars[name]);
      return name === 'invoiceUrl' ? `<a href="${value}">${value}</a>` : value;
    })
    .join('');
}

/** A link we put in front of a client must be a web address, never `javascript:`. */
function checkedUrl(url: string): string {
  const protocol = new URL(url).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Invoice URL must be http(s), got ${protocol}`);
  return url;
}

/**
 * The payment receipt sent with the invoice PDF: subject, plain text and HTML with the same
 * sections in every language (thanks, payment, invoice, what happens next, how to reach us).
 */
export function renderReceiptEmail(options: RenderReceiptEmailOptions): ReceiptEmail {
  const { language, currency } = options;
  const keyOf = (key: ReceiptEmailKey): MessageKey => `receiptEmail.${key}`;
  const fill = (key: ReceiptEmailKey) => translate(language, keyOf(key), vars);
  const html = (key: ReceiptEmailKey) => fillHtml(language, keyOf(key), vars);
  const paidAt = new Intl.DateTimeFormat(LOCALES[language][currency], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
    timeZoneName: 'short',
  }).format(new Date(options.paidAt));
  const vars: Vars = {
    clientName: options.clientName ?? '',
    caseNumber: options.caseNumber,
    invoiceNumber: options.invoiceNumber,
    amount: formatMoney(language, options.totalCents, currency),
    paidAt,
    invoiceUrl: checkedUrl(options.invoiceUrl),
    firmName: options.firmName,
  };
  const greeting: ReceiptEmailKey = options.clientName?.trim() ? 'greeting' : 'greetingWithoutName';

  // Each section: an optional title, then its paragraphs (lines of one paragraph stay together).
  const sections: { id: string; title?: ReceiptEmailKey; paragraphs: ReceiptEmailKey[][] }[] = [
    { id: 'thanks', paragraphs: [[greeting], ['thanks']] },
    { id: 'payment', paragraphs: [['amountPaid', 'paidOn']] },
    { id: 'invoice', paragraphs: [['invoice']] },
    { id: 'nextSteps', title: 'nextStepsTitle', paragraphs: [['nextSteps'], ['noGuarantee']] },
    { id: 'contact', title: 'contactTitle', paragraphs: [['contact']] },
    { id: 'signOff', paragraphs: [['signOff']] },
  ];

  const text = sections
    .map(({ title, paragraphs }) =>
      [...(title ? [fill(title)] : []), ...paragraphs.map((lines) => lines.map(fill).join('\n'))].join('\n\n'),
    )
    .join('\n\n');

  const body = sections
    .map(({ id, title, paragraphs }) => {
      const heading = title ? `<h2 style="font-size:16px;margin:24px 0 8px">${html(title)}</h2>` : '';
      const blocks = paragraphs.map((lines) => `<p style="margin:0 0 12px">${lines.map(html).join('<br>')}</p>`);
      return `<div data-section="${id}">${heading}${blocks.join('')}</div>`;
    })
    .join('\n');

  const subject = fill('subject');
  const htmlDocument = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">',
    body,
    '</body>',
    '</html>',
  ].join('\n');

  return { subject, text: `${text}\n`, html: htmlDocument };
}
