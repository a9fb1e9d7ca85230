import { isLanguage } from '../../i18n/languages.js';
import { renderNoticeEmail } from '../../reminders/render-notice-email.js';
import type { EmailRenderer } from '../runtime/create-email-outbox.js';
import { SendError } from '../runtime/ports.js';

/** The email outbox's `notice` template: a reminder or a lawyer's news, in the chat's words. */
export function createNoticeEmailRenderer({ firmName }: { firmName: string }): EmailRenderer {
  return async (row) => {
    const payload = row.payload as { key?: unknown; vars?: unknown } | null;
    if (typeof payload?.key !== 'string' || !payload.vars || typeof payload.vars !== 'object') {
      throw new SendError('notice email without its sentence', { retryable: false, code: 'notice_missing' });
    }
    const language = isLanguage(row.language) ? row.language : 'fr';
    try {
      return { id: row.id, to: row.to, ...renderNoticeEmail({ language, key: payload.key, vars: payload.vars as Record<string, string | number>, firmName }), attachments: [] };
    } catch {
      throw new SendError('notice email of an unknown sentence', { retryable: false, code: 'notice_unknown' });
    }
  };
}
