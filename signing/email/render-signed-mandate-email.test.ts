import { describe, expect, it } from 'vitest';
import { renderSignedMandateEmail } from './render-signed-mandate-email.js';

const base = { clientName: 'Zoé <b>', caseNumber: 'T911-000042', signedPdfUrl: 'https://t911.example/signed/abc', sha256: 'a'.repeat(64), firmName: 'Ticket911 Avocats inc.' };

describe('renderSignedMandateEmail', () => {
  it('says the same in text and HTML, in each language, with the link and the fingerprint', () => {
    for (const language of ['fr', 'en', 'es'] as const) {
      const email = renderSignedMandateEmail({ ...base, language });
      expect(email.subject).toContain('T911-000042');
      expect(email.text).toContain('https://t911.example/signed/abc');
      expect(email.text).toContain('a'.repeat(64));
      expect(email.html).toContain('Zoé &lt;b&gt;');
      expect(email.html).not.toContain('<b>');
    }
    expect(renderSignedMandateEmail({ ...base, language: 'fr' }).subject).toBe('Votre mandat signé — dossier T911-000042 — Ticket911 Avocats inc.');
  });

  it('greets without a name, and refuses a link that is not a web address', () => {
    expect(renderSignedMandateEmail({ ...base, clientName: null, language: 'en' }).text.startsWith('Hello,')).toBe(true);
    expect(() => renderSignedMandateEmail({ ...base, signedPdfUrl: 'javascript:alert(1)', language: 'en' })).toThrow(/http/);
  });
});
