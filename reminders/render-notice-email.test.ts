import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { renderNoticeEmail } from './render-notice-email.js';

describe('renderNoticeEmail', () => {
  it('says by email exactly what the chat said, escaped in HTML, with the case in the subject', () => {
    const vars = { caseNumber: 'T911-000042', date: '3 février 2027', time: '09:30', court: 'Cour <municipale> & co', room: '', bring: 'le constat' };
    const email = renderNoticeEmail({ language: 'fr', key: 'reminder.hearing1', vars, firmName: 'Ticket911 Avocats inc.' });
    expect(email.subject).toBe('Dossier T911-000042 — Ticket911 Avocats inc.');
    expect(email.text.startsWith(translate('fr', 'reminder.hearing1', vars))).toBe(true);
    expect(email.html).toContain('Cour &lt;municipale&gt; &amp; co');
    expect(email.html).not.toContain('<municipale>');
  });

  it('refuses a key that is not in the catalog (a corrupt row is not sent as gibberish)', () => {
    expect(() => renderNoticeEmail({ language: 'en', key: 'no.such.key', vars: {}, firmName: 'x' })).toThrow(/unknown notice/);
  });
});
