import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../i18n/format-money.js';
import { LANGUAGES, type Language } from '../../i18n/languages.js';
import { renderReceiptEmail, type RenderReceiptEmailOptions } from './render-receipt-email.js';

const INVOICE_URL = 'https://bot.ticket911.example/invoices/2026-000042.pdf?token=a1b2c3';

function options(overrides: Partial<RenderReceiptEmailOptions> = {}): RenderReceiptEmailOptions {
  return {
    language: 'fr',
    clientName: 'Marie Tremblay',
    caseNumber: 'T911-000123',
    invoiceNumber: '2026-000042',
    totalCents: 57_373,
    currency: 'CAD',
    paidAt: '2026-03-02T15:30:00Z',
    timeZone: 'America/Montreal',
    invoiceUrl: INVOICE_URL,
    firmName: 'Ticket911',
    ...overrides,
  };
}

const NO_GUARANTEE: Record<Language, RegExp> = {
  fr: /ne garantit aucun résultat/,
  en: /does not guarantee any outcome/,
  es: /no garantiza ningún resultado/,
};

/** Visible text of the HTML, entities decoded: what a mail client shows. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderReceiptEmail', () => {
  it('writes the subject as "Reçu <invoice> — dossier <case> — <firm>"', () => {
    expect(renderReceiptEmail(options()).subject).toBe('Reçu 2026-000042 — dossier T911-000123 — Ticket911');
    expect(renderReceiptEmail(options({ language: 'en' })).subject).toBe('Receipt 2026-000042 — case T911-000123 — Ticket911');
    expect(renderReceiptEmail(options({ language: 'es' })).subject).toBe('Recibo 2026-000042 — caso T911-000123 — Ticket911');
  });

  it.each(LANGUAGES)('%s: both bodies have the numbers, the amount, the link and the no-guarantee sentence', (language) => {
    const email = renderReceiptEmail(options({ language }));
    const amount = formatMoney(language, 57_373, 'CAD');
    for (const body of [email.text, visibleText(email.html)]) {
      expect(body).toContain('2026-000042');
      expect(body).toContain('T911-000123');
      expect(body).toContain(amount);
      expect(body).toContain(INVOICE_URL);
      expect(body).toMatch(NO_GUARANTEE[language]);
      expect(body).toContain('Marie Tremblay');
    }
    expect(email.html).toContain(`<a href="${INVOICE_URL}">`);
    expect(email.html).toContain(`<html lang="${language}">`);
  });

  it('dates the payment in the given time zone, with the zone shown', () => {
    // 15:30 UTC is 10:30 in Montreal (EST) and 7:30 in Los Angeles the same day.
    expect(renderReceiptEmail(options()).text).toContain('2 mars 2026 à 10 h 30 HNE');
    expect(renderReceiptEmail(options({ language: 'en', currency: 'USD', timeZone: 'America/New_York' })).text).toContain(
      'March 2, 2026 at 10:30 AM EST',
    );
    expect(renderReceiptEmail(options({ language: 'en', timeZone: 'America/Los_Angeles' })).text).toContain('7:30');
  });

  it('escapes names in the HTML and keeps them as written in the text', () => {
    const clientName = `<script>alert("x")</script> O'Brien & fils`;
    const email = renderReceiptEmail(options({ clientName, firmName: 'Tremblay & "Associés" <avocats>' }));
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('"Associés"');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; fils');
    expect(email.html).toContain('Tremblay &amp; &quot;Associés&quot; &lt;avocats&gt;');
    expect(email.text).toContain(clientName);
    expect(visibleText(email.html)).toContain(clientName);
  });

  it('escapes the invoice URL inside its link and refuses a non-web URL', () => {
    const url = 'https://bot.ticket911.example/invoices/42.pdf?a=1&b="2"';
    expect(renderReceiptEmail(options({ invoiceUrl: url })).html).toContain(
      '<a href="https://bot.ticket911.example/invoices/42.pdf?a=1&amp;b=&quot;2&quot;">',
    );
    expect(() => renderReceiptEmail(options({ invoiceUrl: 'javascript:alert(1)' }))).toThrow(/http/);
  });

  it('greets without a name when the client gave none', () => {
    expect(renderReceiptEmail(options({ clientName: null })).text.startsWith('Bonjour,\n')).toBe(true);
    expect(renderReceiptEmail(options({ language: 'es', clientName: '  ' })).text.startsWith('Hola:\n')).toBe(true);
  });

  it('has the same sections, in the same order, in every language', () => {
    const shapes = LANGUAGES.map((language) => {
      const email = renderReceiptEmail(options({ language }));
      return {
        sections: [...email.html.matchAll(/data-section="(\w+)"/g)].map((match) => match[1]),
        headings: (email.html.match(/<h2/g) ?? []).length,
        paragraphs: email.text.trim().split(/\n\n/).length,
      };
    });
    expect(shapes[0].sections).toEqual(['thanks', 'payment', 'invoice', 'nextSteps', 'contact', 'signOff']);
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });

  it('never promises an outcome', () => {
    for (const language of LANGUAGES) {
      const { text } = renderReceiptEmail(options({ language }));
      expect(text).not.toMatch(/vous allez gagner|you will win|va a ganar|guaranteed|garantizado|garanti /i);
    }
  });
});
