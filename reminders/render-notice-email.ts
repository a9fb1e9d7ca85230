import { escapeHtml } from '../billing/email/escape-html.js';
import type { Language } from '../i18n/languages.js';
import { isMessageKey, translate } from '../i18n/translate.js';

export interface RenderNoticeEmailOptions {
  language: Language;
  /** The catalog sentence the chat said, and its variables. */
  key: string;
  vars: Record<string, string | number>;
  firmName: string;
}

/**
 * A reminder or a lawyer's news by email: the very sentence of the chat (so the
 * two never disagree), the case in the subject, a footer saying why it came.
 * Links stay plain text in the HTML part too: no tracking, nothing to click but what the chat gave.
 */
export function renderNoticeEmail({ language, key, vars, firmName }: RenderNoticeEmailOptions): { subject: string; text: string; html: string } {
  if (!isMessageKey(key)) throw new Error(`unknown notice ${key}`);
  const caseNumber = String(vars.caseNumber ?? '');
  const body = translate(language, key, vars);
  const footer = translate(language, 'noticeEmail.footer', { caseNumber });
  return {
    subject: translate(language, 'noticeEmail.subject', { caseNumber, firmName }),
    text: `${body}\n\n—\n${footer}\n`,
    html: `<!doctype html><html lang="${language}"><body><p>${escapeHtml(body)}</p><hr><p style="color:#555;font-size:13px">${escapeHtml(footer)}</p></body></html>`,
  };
}
