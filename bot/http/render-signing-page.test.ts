import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { renderSigningPage } from './render-signing-page.js';
import type { SigningPageDocument, SigningPageView } from './signing-page-view.js';

const TOKEN = 'Ab3_-xYz0123456789QrStUv';
const EVIL = '<script>alert(1)</script>';

const document: SigningPageDocument = {
  title: 'Mandate of representation',
  paragraphs: ['I authorise the firm to contest my ticket.', `Note ${EVIL}`],
  facts: [
    { label: 'Client', value: 'Jane Doe' },
    { label: `Ticket ${EVIL}`, value: `123 & "456"` },
  ],
  signatureLabel: 'Signature of the client',
};

function viewsIn(language: (typeof LANGUAGES)[number]): SigningPageView[] {
  return [
    { step: 'review', language, token: TOKEN, document, codeDestination: 'SMS •••• 4567', emailDestination: 'j•••@gmail.com', error: null },
    { step: 'code', language, token: TOKEN, document, sentTo: 'SMS •••• 4567', triesLeft: 5, error: null },
    { step: 'sign', language, token: TOKEN, document, signerName: 'Jane Doe', error: null },
    { step: 'signed', language, signedPdfUrl: '/sign/files/mandate.pdf', sha256: 'a'.repeat(64) },
    { step: 'locked', language },
    { step: 'expired', language },
    { step: 'notFound', language },
    { step: 'used', language },
    { step: 'unavailable', language },
  ];
}

const TITLE_KEYS = {
  review: 'signPage.review.title',
  code: 'signPage.code.title',
  sign: 'signPage.sign.title',
  signed: 'signPage.signed.title',
  locked: 'signPage.locked.title',
  expired: 'signPage.expired.title',
  notFound: 'signPage.notFound.title',
  used: 'signPage.used.title',
  unavailable: 'signPage.unavailable.title',
} as const;

const ALL_VIEWS = LANGUAGES.flatMap(viewsIn);

/** What the browser sees as text: enough unescaping to compare with a catalog sentence. */
function decode(html: string): string {
  return html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('renderSigningPage', () => {
  it.each(ALL_VIEWS.map((view) => [view.language, view.step, view] as const))(
    '%s %s: a complete page with its translated title and the stylesheet',
    (language, step, view) => {
      const html = renderSigningPage(view);
      const title = translate(language, TITLE_KEYS[step]);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<link rel="stylesheet" href="/signing-page.css">');
      expect(decode(html)).toContain(`<title>${title} — Ticket911</title>`);
      expect(decode(html)).toContain(`<h1>${title}</h1>`);
    },
  );

  it.each(ALL_VIEWS.map((view) => [view.language, view.step, view] as const))(
    '%s %s: no inline script, no style attribute or element, no on* handler (the CSP would block them)',
    (_language, _step, view) => {
      const html = renderSigningPage(view);
      expect(html).not.toMatch(/<style[\s>]/i);
      expect(html).not.toMatch(/javascript:/i);
      for (const script of html.match(/<script\b[^>]*>/gi) ?? []) expect(script).toMatch(/\ssrc="\/[^/]/);
      expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/i);
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\s(?:style|on[a-z]+)\s*=/i);
    },
  );

  it('escapes every value that comes from the case', () => {
    const views: SigningPageView[] = [
      { step: 'review', language: 'en', token: TOKEN, document, codeDestination: EVIL, emailDestination: EVIL, error: null },
      { step: 'code', language: 'en', token: TOKEN, document, sentTo: EVIL, triesLeft: 3, error: null },
      { step: 'sign', language: 'en', token: TOKEN, document: { ...document, signatureLabel: EVIL }, signerName: `"><script>x</script>`, error: null },
      { step: 'signed', language: 'en', signedPdfUrl: '/pdf?a=1&b=2', sha256: EVIL },
    ];
    for (const view of views) {
      const html = renderSigningPage(view);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<script>x');
      if (view.step !== 'signed') expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const review = renderSigningPage(views[0]);
    expect(review).toContain('<dt>Ticket &lt;script&gt;alert(1)&lt;/script&gt;</dt>');
    expect(review).toContain('<dd>123 &amp; &quot;456&quot;</dd>');
    expect(review).toContain('<p>Note &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(renderSigningPage(views[2])).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(renderSigningPage(views[3])).toContain('href="/pdf?a=1&amp;b=2"');
  });

  it('puts the token in every form action, and refuses a malformed one', () => {
    const review = renderSigningPage(viewsIn('en')[0]);
    const code = renderSigningPage(viewsIn('en')[1]);
    const sign = renderSigningPage(viewsIn('en')[2]);
    expect(review).toContain(`action="/sign/${TOKEN}/code"`);
    expect(code).toContain(`action="/sign/${TOKEN}/verify"`);
    expect(code).toContain(`action="/sign/${TOKEN}/code"`);
    expect(sign).toContain(`action="/sign/${TOKEN}/sign"`);
    for (const html of [review, code, sign]) {
      for (const action of html.match(/action="[^"]*"/g) ?? []) expect(action).toMatch(/^action="\/sign\/[A-Za-z0-9_-]{16,64}\/(?:code|verify|sign)"$/);
      expect(html).toMatch(/<form[^>]*method="post"/);
    }
    for (const token of ['short', `${TOKEN}"><b>`, '../../admin/abcdefghijkl', 'a'.repeat(65), `${TOKEN}/x`]) {
      for (const view of viewsIn('en').slice(0, 3)) {
        expect(() => renderSigningPage({ ...view, token } as SigningPageView)).toThrow(/malformed token/);
      }
    }
  });

  it('review: says where the code goes, that opening signs nothing, and offers email only with an email destination', () => {
    const withEmail = renderSigningPage(viewsIn('en')[0]);
    expect(withEmail).toContain('Send me a 6-digit code');
    expect(withEmail).toContain('<input type="hidden" name="to" value="chat">');
    expect(withEmail).toContain('SMS •••• 4567');
    expect(withEmail).toContain('Opening this page does not sign anything.');
    expect(withEmail).toContain('j•••@gmail.com');
    expect(withEmail).toMatch(/<button type="submit"[^>]*name="to" value="email">/);

    const withoutEmail = renderSigningPage({ ...(viewsIn('en')[0] as Extract<SigningPageView, { step: 'review' }>), emailDestination: null });
    expect(withoutEmail).not.toContain('value="email"');
    expect(withoutEmail).toContain('Send me a 6-digit code');
  });

  it('review: shows a send failure as an alert', () => {
    const review = viewsIn('fr')[0] as Extract<SigningPageView, { step: 'review' }>;
    const html = renderSigningPage({ ...review, error: 'sendFailed' });
    expect(decode(html)).toContain(`<p class="error" role="alert">${translate('fr', 'signPage.error.sendFailed')}</p>`);
    expect(renderSigningPage(review)).not.toContain('role="alert"');
  });

  it('code: the one-time-code field, the resend form, and tries left only when fewer than 5', () => {
    const code = viewsIn('en')[1] as Extract<SigningPageView, { step: 'code' }>;
    const html = renderSigningPage(code);
    expect(html).toContain('We sent a 6-digit code to SMS •••• 4567. It is valid 10 minutes.');
    const input = html.match(/<input[^>]*name="code"[^>]*>/)?.[0] ?? '';
    for (const attribute of ['inputmode="numeric"', 'autocomplete="one-time-code"', 'pattern="[0-9]{6}"', 'maxlength="6"', 'required']) {
      expect(input).toContain(attribute);
    }
    expect(html).not.toContain('tries left');
    expect(html).not.toContain('try left');

    expect(renderSigningPage({ ...code, triesLeft: 3 })).toContain('You have 3 tries left.');
    expect(renderSigningPage({ ...code, triesLeft: 1 })).toContain('You have 1 try left.');
    expect(decode(renderSigningPage({ ...code, language: 'fr', triesLeft: 2 }))).toContain('Il vous reste 2\u00a0essais.');

    const wrong = renderSigningPage({ ...code, triesLeft: 2, error: 'wrongCode' });
    expect(wrong).toContain('<p class="error" role="alert">This code is not right. Check it and try again. You have 2 tries left.</p>');
    expect(wrong).toContain('aria-invalid="true"');
    expect(renderSigningPage({ ...code, error: 'codeExpired' })).toContain('This code has expired. Ask for a new one below.');
  });

  it('sign: the canvas box hidden until the script runs, the hidden fields, the typed name and the consent', () => {
    const html = renderSigningPage(viewsIn('en')[2]);
    expect(html).toMatch(/<div class="signature-pad" id="signature-pad-wrapper" hidden>/);
    expect(html).toContain('<canvas id="signature-pad"');
    expect(html).toContain('<button type="button" class="secondary" id="signature-clear">Clear</button>');
    expect(html).toContain('<input type="hidden" name="signature" id="signature-data" value="">');
    expect(html).toContain('<input type="hidden" name="method" id="signature-method" value="typed">');
    expect(html).toContain('<label for="typed-name">Or type your full name</label>');
    expect(html).toContain('<input type="text" name="typedName" id="typed-name" autocomplete="name" value="Jane Doe">');
    expect(html).toMatch(/<input type="checkbox" name="consent" value="yes" required>/);
    expect(html).toContain('id="sign-submit"');
    expect(html).toContain('<details class="mandate-again">');
    expect(html).toContain('data-signature-missing="Draw your signature in the box, or type your full name."');
    expect(html.indexOf('/assets/signature_pad.umd.min.js')).toBeGreaterThan(0);
    expect(html.indexOf('/assets/signature_pad.umd.min.js')).toBeLessThan(html.indexOf('/signing-page.js'));
    expect(html).toContain('<script src="/assets/signature_pad.umd.min.js" defer></script>');
    expect(html).toContain('<script src="/signing-page.js" defer></script>');
    expect(html).toContain('<p class="error" role="alert" id="sign-error" hidden></p>');
  });

  it('sign: shows each error, and only the canvas step loads scripts', () => {
    const sign = viewsIn('es')[2] as Extract<SigningPageView, { step: 'sign' }>;
    for (const [error, key] of [
      ['signatureMissing', 'signPage.error.signatureMissing'],
      ['consentMissing', 'signPage.error.consentMissing'],
      ['badSignature', 'signPage.error.badSignature'],
    ] as const) {
      const html = decode(renderSigningPage({ ...sign, error }));
      expect(html).toContain(`<p class="error" role="alert" id="sign-error">${translate('es', key)}</p>`);
    }
    for (const view of viewsIn('en').filter((v) => v.step !== 'sign')) expect(renderSigningPage(view)).not.toContain('<script');
  });

  it('signed: the fingerprint in a <code> and the link to the signed PDF; refuses a javascript: link', () => {
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const html = renderSigningPage({ step: 'signed', language: 'en', signedPdfUrl: 'https://example.test/m.pdf', sha256 });
    expect(html).toContain(`<code class="fingerprint">${sha256}</code>`);
    expect(html).toContain('href="https://example.test/m.pdf"');
    expect(html).toContain('Signed. Thank you!');
    for (const signedPdfUrl of ['javascript:alert(1)', '//evil.test/x.pdf', 'data:application/pdf;base64,AA', '/x.pdf" onclick="y']) {
      expect(() => renderSigningPage({ step: 'signed', language: 'en', signedPdfUrl, sha256 })).toThrow();
    }
  });

  it('dead ends say what happened and nothing more', () => {
    expect(renderSigningPage({ step: 'notFound', language: 'en' })).toContain('<p class="lead">This link is not valid.</p>');
    expect(renderSigningPage({ step: 'locked', language: 'en' })).toContain('This link is locked for your security.');
    expect(renderSigningPage({ step: 'expired', language: 'en' })).toContain('This link has expired.');
    expect(renderSigningPage({ step: 'used', language: 'en' })).toContain('This mandate is already signed.');
    expect(renderSigningPage({ step: 'notFound', language: 'en' })).not.toContain('<form');
  });
});

describe('public/signing-page.js', () => {
  const source = readFileSync(new URL('../../public/signing-page.js', import.meta.url), 'utf8');

  it('parses as a classic script, in strict mode', () => {
    expect(() => new vm.Script(source, { filename: 'signing-page.js' })).not.toThrow();
    expect(source).toContain("'use strict'");
  });

  it('loads nothing from elsewhere and carries no text of its own', () => {
    expect(source).not.toMatch(/https?:\/\//i);
    expect(source).not.toMatch(/\bimport\b|\bfetch\(|XMLHttpRequest|\beval\(/);
    expect(source).toContain("getAttribute('data-signature-missing')");
  });

  /** Just enough of a browser to run the script: the ids it reads, events, and a fake SignaturePad. */
  function runScript({ withLibrary = true, typedName = 'Jane Doe' } = {}) {
    type Listener = (event: { preventDefault(): void; persisted?: boolean }) => void;
    const listeners = new Map<string, Listener[]>();
    const on = (key: string) => (type: string, listener: Listener) => listeners.set(`${key}:${type}`, [...(listeners.get(`${key}:${type}`) ?? []), listener]);
    const fire = (key: string, type: string, extra: { persisted?: boolean } = {}) => {
      let prevented = false;
      for (const listener of listeners.get(`${key}:${type}`) ?? []) listener({ preventDefault: () => (prevented = true), ...extra });
      return { prevented };
    };
    const element = <Fields extends object>(id: string, fields: Fields = {} as Fields) => ({ id, hidden: false, value: '', disabled: false, textContent: '', addEventListener: on(id), focus() {}, ...fields });
    const scale = { calls: [] as number[][] };
    const elements = {
      'sign-form': element('sign-form', { getAttribute: (name: string) => (name === 'data-signature-missing' ? 'Draw or type.' : null) }),
      'sign-submit': element('sign-submit'),
      'typed-name': element('typed-name', { value: typedName }),
      'signature-method': element('signature-method', { value: 'typed' }),
      'signature-data': element('signature-data'),
      'sign-error': element('sign-error', { hidden: true }),
      'signature-pad-wrapper': element('signature-pad-wrapper', { hidden: true }),
      'signature-pad': element('signature-pad', { offsetWidth: 300, offsetHeight: 100, width: 0, height: 0, getContext: () => ({ scale: (...args: number[]) => scale.calls.push(args) }) }),
      'signature-clear': element('signature-clear'),
    };
    const pad = { strokes: [] as unknown[], replayed: [] as unknown[], options: null as unknown };
    class FakeSignaturePad {
      constructor(_canvas: unknown, options: unknown) {
        pad.options = options;
      }
      isEmpty() { return pad.strokes.length === 0; }
      clear() { pad.strokes = []; }
      toData() { return pad.strokes; }
      fromData(strokes: unknown[]) { pad.replayed = strokes; pad.strokes = strokes; }
      toDataURL(type: string) { return `data:${type};base64,AAAA`; }
      addEventListener = on('pad');
    }
    const window: Record<string, unknown> = { devicePixelRatio: 2, addEventListener: on('window') };
    if (withLibrary) window.SignaturePad = FakeSignaturePad;
    const context = vm.createContext({ window, document: { readyState: 'interactive', getElementById: (id: keyof typeof elements) => elements[id] ?? null } });
    new vm.Script(source).runInContext(context);
    return { elements, pad, scale, fire };
  }

  it('shows the drawing box, sized for the pixel ratio, and sends a drawing as a PNG', () => {
    const { elements, pad, scale, fire } = runScript();
    expect(elements['signature-pad-wrapper'].hidden).toBe(false);
    expect([elements['signature-pad'].width, elements['signature-pad'].height]).toEqual([600, 200]);
    expect(scale.calls).toEqual([[2, 2]]);
    pad.strokes = [{ points: [1] }];
    expect(fire('sign-form', 'submit').prevented).toBe(false);
    expect(elements['signature-data'].value).toBe('data:image/png;base64,AAAA');
    expect(elements['signature-method'].value).toBe('drawn');
    expect(elements['sign-submit'].disabled).toBe(true);
    expect(fire('sign-form', 'submit').prevented).toBe(true);
  });

  it('keeps the drawing when the box is resized, and Clear goes back to the typed name', () => {
    const { elements, pad, fire } = runScript();
    pad.strokes = [{ points: [1] }];
    elements['signature-pad'].offsetWidth = 400;
    fire('window', 'resize');
    expect(pad.replayed).toEqual([{ points: [1] }]);
    expect(elements['signature-pad'].width).toBe(800);
    fire('signature-clear', 'click');
    expect(pad.strokes).toEqual([]);
    expect(fire('sign-form', 'submit').prevented).toBe(false);
    expect(elements['signature-method'].value).toBe('typed');
    expect(elements['signature-data'].value).toBe('');
  });

  it('blocks a submit with neither a drawing nor a name, with the page’s own message', () => {
    const { elements, fire } = runScript({ typedName: '  ' });
    expect(fire('sign-form', 'submit').prevented).toBe(true);
    expect(elements['sign-error'].hidden).toBe(false);
    expect(elements['sign-error'].textContent).toBe('Draw or type.');
    expect(elements['sign-submit'].disabled).toBe(false);
  });

  it('without the library, leaves the box hidden and lets the typed name sign', () => {
    const { elements, fire } = runScript({ withLibrary: false });
    expect(elements['signature-pad-wrapper'].hidden).toBe(true);
    expect(fire('sign-form', 'submit').prevented).toBe(false);
    expect(elements['signature-method'].value).toBe('typed');
    fire('window', 'pageshow', { persisted: true });
    expect(elements['sign-submit'].disabled).toBe(false);
  });

  it('uses the ids the page renders', () => {
    const html = renderSigningPage(viewsIn('en')[2]);
    for (const id of source.match(/getElementById\('([^']+)'\)/g) ?? []) {
      expect(html).toContain(`id="${id.slice("getElementById('".length, -2)}"`);
    }
  });
});
