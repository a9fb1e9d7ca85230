import { escapeHtml } from '../../billing/email/escape-html.js';
import type { Language } from '../../i18n/languages.js';
import { type MessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import type { SigningPageDocument, SigningPageView } from './signing-page-view.js';

/** The token is the only secret in the URL: anything else must never reach an `action`. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** An absolute http(s) URL or a same-origin path: never `javascript:` nor a protocol-relative `//host`. */
const PDF_URL_PATTERN = /^(?:https?:\/\/[^\s"'<>]+|\/(?![/\\])[^\s"'<>]*)$/i;
const STEP_COUNT = 3;

type Text = (key: MessageKey, vars?: MessageVars) => string;
type StatusStep = Extract<SigningPageView, { step: 'locked' | 'expired' | 'notFound' | 'used' | 'unavailable' }>['step'];

const STATUS_KEYS: Record<StatusStep, { title: MessageKey; body: MessageKey }> = {
  locked: { title: 'signPage.locked.title', body: 'signPage.locked.body' },
  expired: { title: 'signPage.expired.title', body: 'signPage.expired.body' },
  notFound: { title: 'signPage.notFound.title', body: 'signPage.notFound.body' },
  used: { title: 'signPage.used.title', body: 'signPage.used.body' },
  unavailable: { title: 'signPage.unavailable.title', body: 'signPage.unavailable.body' },
};

/**
 * The mandate signing page, one step at a time (review → code → sign → signed, or a dead end).
 * Plain POST forms that work without JavaScript; only the drawn signature needs the script.
 * The CSP forbids inline script and style, so there are none: assets come from our origin.
 */
export function renderSigningPage(view: SigningPageView): string {
  const text: Text = (key, vars) => escapeHtml(translate(view.language, key, vars));
  switch (view.step) {
    case 'review': {
      const base = `/sign/${checkedToken(view.token)}`;
      const emailForm =
        view.emailDestination === null
          ? ''
          : `<form class="code-form" method="post" action="${base}/code">
<p>${text('signPage.review.emailAlternative', { email: view.emailDestination })}</p>
<button type="submit" class="secondary" name="to" value="email">${text('signPage.review.sendCodeByEmail')}</button>
</form>`;
      return page(view.language, text('signPage.review.title'), {
        body: `${stepLine(text, 1)}
<h1>${text('signPage.review.title')}</h1>
${errorLine(view.error === null ? null : text(view.error === 'sendFailed' ? 'signPage.error.sendFailed' : 'signPage.error.tooSoon'))}
<p class="lead">${text('signPage.review.intro')}</p>
${documentHtml(view.document)}
<section class="next">
<p>${text('signPage.review.codeExplanation', { destination: view.codeDestination })}</p>
<form class="code-form" method="post" action="${base}/code">
<input type="hidden" name="to" value="chat">
<button type="submit">${text('signPage.review.sendCode')}</button>
</form>
${emailForm}
</section>`,
      });
    }
    case 'code': {
      const base = `/sign/${checkedToken(view.token)}`;
      const triesLeft =
        view.triesLeft < 5
          ? view.triesLeft === 1
            ? text('signPage.code.triesLeftOne')
            : text('signPage.code.triesLeftMany', { count: view.triesLeft })
          : '';
      const error =
        view.error === 'wrongCode'
          ? `${text('signPage.error.wrongCode')}${triesLeft ? ` ${triesLeft}` : ''}`
          : view.error === 'codeExpired'
            ? text('signPage.error.codeExpired')
            : null;
      const triesLine = triesLeft && view.error !== 'wrongCode' ? `<p class="notice">${triesLeft}</p>` : '';
      return page(view.language, text('signPage.code.title'), {
        body: `${stepLine(text, 2)}
<h1>${text('signPage.code.title')}</h1>
${errorLine(error)}
<p id="code-help">${text('signPage.code.sent', { sentTo: view.sentTo })}</p>
${triesLine}
<form class="verify-form" method="post" action="${base}/verify">
<label for="code">${text('signPage.code.label')}</label>
<input type="text" id="code" name="code" class="code-input" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus aria-describedby="code-help"${error === null ? '' : ' aria-invalid="true"'}>
<button type="submit">${text('signPage.code.submit')}</button>
</form>
<form class="resend-form" method="post" action="${base}/code">
<p>${text('signPage.code.resendPrompt')}</p>
<input type="hidden" name="to" value="chat">
<button type="submit" class="secondary">${text('signPage.code.resend')}</button>
</form>`,
      });
    }
    case 'sign': {
      const base = `/sign/${checkedToken(view.token)}`;
      const errorKey: Record<NonNullable<typeof view.error>, MessageKey> = {
        signatureMissing: 'signPage.error.signatureMissing',
        consentMissing: 'signPage.error.consentMissing',
        badSignature: 'signPage.error.badSignature',
      };
      const error = view.error === null ? '' : text(errorKey[view.error]);
      const invalid = (field: NonNullable<typeof view.error>) =>
        view.error === field ? ' aria-invalid="true" aria-describedby="sign-error"' : '';
      return page(view.language, text('signPage.sign.title'), {
        withSignaturePad: true,
        body: `${stepLine(text, 3)}
<h1>${text('signPage.sign.title')}</h1>
<details class="mandate-again">
<summary>${text('signPage.sign.mandateSummary')}</summary>
${documentHtml(view.document)}
</details>
<form class="sign-form" id="sign-form" method="post" action="${base}/sign" data-signature-missing="${text('signPage.error.signatureMissing')}">
<p class="error" role="alert" id="sign-error"${error ? '' : ' hidden'}>${error}</p>
<fieldset class="signature">
<legend>${escapeHtml(view.document.signatureLabel)}</legend>
<div class="signature-pad" id="signature-pad-wrapper" hidden>
<p class="hint" id="signature-hint">${text('signPage.sign.drawHint')}</p>
<div class="signature-box"><canvas id="signature-pad" role="img" aria-label="${text('signPage.sign.padLabel')}" aria-describedby="signature-hint"></canvas></div>
<button type="button" class="secondary" id="signature-clear">${text('signPage.sign.clear')}</button>
</div>
<input type="hidden" name="signature" id="signature-data" value="">
<input type="hidden" name="method" id="signature-method" value="typed">
<label for="typed-name">${text('signPage.sign.typedNameLabel')}</label>
<input type="text" name="typedName" id="typed-name" autocomplete="name" value="${escapeHtml(view.signerName)}"${invalid('signatureMissing')}>
</fieldset>
<label class="consent"><input type="checkbox" name="consent" value="yes" required${invalid('consentMissing')}> <span>${text('signPage.sign.consent')}</span></label>
<button type="submit" id="sign-submit">${text('signPage.sign.submit')}</button>
</form>`,
      });
    }
    case 'signed': {
      if (!PDF_URL_PATTERN.test(view.signedPdfUrl)) throw new Error('Refusing to render a signed-PDF link that is neither https nor a same-origin path');
      return page(view.language, text('signPage.signed.title'), {
        body: `<h1>${text('signPage.signed.title')}</h1>
<p class="lead">${text('signPage.signed.body')}</p>
<p><a class="button" href="${escapeHtml(view.signedPdfUrl)}">${text('signPage.signed.download')}</a></p>
<p>${text('signPage.signed.fingerprint')}<br><code class="fingerprint">${escapeHtml(view.sha256)}</code></p>
<p class="hint">${text('signPage.signed.fingerprintHint')}</p>`,
      });
    }
    default: {
      const keys = STATUS_KEYS[view.step];
      return page(view.language, text(keys.title), {
        body: `<h1>${text(keys.title)}</h1>
<p class="lead">${text(keys.body)}</p>`,
      });
    }
  }
}

function checkedToken(token: string): string {
  // The message names no token: errors get logged, tokens must not.
  if (!TOKEN_PATTERN.test(token)) throw new Error('Refusing to render a signing page for a malformed token');
  return token;
}

function page(language: Language, heading: string, { body, withSignaturePad = false }: { body: string; withSignaturePad?: boolean }): string {
  const scripts = withSignaturePad
    ? `
<script src="/assets/signature_pad.umd.min.js" defer></script>
<script src="/signing-page.js" defer></script>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${heading} — Ticket911</title>
<link rel="stylesheet" href="/signing-page.css">${scripts}
</head><body><main class="signing">
${body}
</main></body></html>`;
}

function stepLine(text: Text, current: number): string {
  return `<p class="step">${text('signPage.step', { current, total: STEP_COUNT })}</p>`;
}

function errorLine(message: string | null): string {
  return message === null ? '' : `<p class="error" role="alert">${message}</p>`;
}

function documentHtml(document: SigningPageDocument): string {
  const facts = document.facts.length
    ? `<dl class="facts">
${document.facts.map((fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`).join('\n')}
</dl>`
    : '';
  return `<article class="mandate">
<h2>${escapeHtml(document.title)}</h2>
${facts}
${document.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</article>`;
}
