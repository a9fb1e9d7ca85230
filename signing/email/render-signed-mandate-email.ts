import { escapeHtml } from '../../billing/email/escape-html.js';
import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';

export interface RenderSignedMandateEmailOptions {
  language: Language;
  /** As the client gave it; null greets without a name. */
  clientName: string | null;
  caseNumber: string;
  /** The sealed PDF's link (also attached). */
  signedPdfUrl: string;
  /** SHA-256 of the sealed file: the client can check their copy is the firm's. */
  sha256: string;
  firmName: string;
}

/** The email that carries the signed mandate: subject, plain text and HTML with the same sentences. */
export function renderSignedMandateEmail(options: RenderSignedMandateEmailOptions): { subject: string; text: string; html: string } {
  const { language, caseNumber, firmName } = options;
  const url = new URL(options.signedPdfUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Signed mandate URL must be http(s), got ${url.protocol}`);
  const paragraphs = [
    options.clientName ? translate(language, 'signedEmail.greeting', { clientName: options.clientName }) : translate(language, 'signedEmail.greetingWithoutName'),
    translate(language, 'signedEmail.body', { caseNumber, url: options.signedPdfUrl }),
    translate(language, 'signedEmail.fingerprint', { sha256: options.sha256 }),
    translate(language, 'signedEmail.next', { firmName }),
    translate(language, 'signedEmail.signOff', { firmName }),
  ];
  return {
    subject: translate(language, 'signedEmail.subject', { caseNumber, firmName }),
    text: paragraphs.join('\n\n'),
    html: `<!doctype html><html lang="${language}"><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
  };
}
