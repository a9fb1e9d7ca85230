import { escapeHtml } from '../../billing/email/escape-html.js';
import type { Language } from '../../i18n/languages.js';
import { isMessageKey, type MessageKey, type MessageVars, translate } from '../../i18n/translate.js';
import { MARKETS } from '../../flows/markets.js';
import type { CaseStats, FollowUps, SuccessRateRow } from '../stats/case-stats-schema.js';

/** invalidToken, notEnrolled, tooMany: the form again with the error; unavailable: a notice, no form. */
export type StaffLoginError = 'invalidToken' | 'notEnrolled' | 'tooMany' | 'unavailable' | null;

type Text = (key: MessageKey, vars?: MessageVars) => string;
type Label = (prefix: string, key: string) => string;

const LOCALES: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA', es: 'es' };
const JURISDICTION_COLUMNS = ['QC', 'ON', 'NY', 'unknown'] as const;
const OUTCOME_COLUMNS = ['acquitted', 'withdrawn', 'reduced', 'convicted'] as const;
const FAILED_COUNTS = ['messages', 'emails', 'slack', 'jobs'] as const;
// Reminders and failures are shown in the firm's time, one zone for the whole table, and the headers say so.
const MONTREAL_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: MARKETS.qc.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The staff statistics page: plain tables, no script, no inline style (the CSP
 * forbids both); every value from the database is escaped, even enums.
 */
export function renderStaffPage({ stats, language }: { stats: CaseStats; language: Language }): string {
  const text = textIn(language);
  const percent = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 });
  const decimal4 = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const ratio = (value: number | null) => (value === null ? text('staff.empty') : escapeHtml(percent.format(value)));
  const label = (prefix: string, key: string) => {
    const fullKey = `${prefix}.${key}`;
    return isMessageKey(fullKey) ? text(fullKey) : escapeHtml(key);
  };
  const { calibration } = stats;

  const stages = table(
    [text('staff.stages.stage'), ...JURISDICTION_COLUMNS.map((j) => label('staff.jurisdiction', j)), text('staff.total')],
    stats.byStage.map((row) => [label('staff.status', row.status), ...JURISDICTION_COLUMNS.map((j) => String(row.byJurisdiction[j])), String(row.total)]),
  );

  const deadlines = stats.deadlinesAtRisk.length
    ? table(
        ['case', 'jurisdiction', 'respondBy', 'daysLeft', 'status'].map((column) => text(`staff.deadlines.${column}` as MessageKey)),
        stats.deadlinesAtRisk.map((row) => [
          escapeHtml(row.number),
          row.jurisdiction ? label('staff.jurisdiction', row.jurisdiction) : text('staff.jurisdiction.unknown'),
          escapeHtml(row.respondBy),
          daysLeftText(text, row.daysLeft),
          label('staff.status', row.status),
        ]),
        (index) => (stats.deadlinesAtRisk[index].daysLeft < 0 ? 'past' : 'soon'),
      )
    : `<p>${text('staff.deadlines.none')}</p>`;

  const successTable = (rows: SuccessRateRow[], prefix: string, footer?: SuccessRateRow) =>
    table(
      ['', text('staff.success.closed'), text('staff.success.successes'), text('staff.success.rate'), ...OUTCOME_COLUMNS.map((o) => text(`staff.outcome.${o}`))],
      [...rows, ...(footer ? [footer] : [])].map((row) => [
        row === footer ? text('staff.success.overall') : label(prefix, row.key),
        String(row.closed),
        String(row.successes),
        ratio(row.rate),
        ...OUTCOME_COLUMNS.map((o) => String(row.outcomes[o])),
      ]),
      (index) => (index === rows.length ? 'total' : ''),
    );

  const calibrationTable = table(
    [text('staff.calibration.range'), text('staff.calibration.cases'), text('staff.calibration.meanPredicted'), text('staff.calibration.observed')],
    calibration.deciles.map((d) => [escapeHtml(d.range), String(d.cases), ratio(d.meanPredicted), ratio(d.observedSuccessRate)]),
  );
  const brier =
    calibration.brierScore === null
      ? `<p>${text('staff.calibration.none')}</p>`
      : `<p class="brier">${text('staff.calibration.brier', { brier: decimal4.format(calibration.brierScore), cases: calibration.cases })}</p>`;

  return page(language, text('staff.title'), `<header class="staff-header">
<h1>${text('staff.title')}</h1>
<form method="post" action="/staff/logout"><button type="submit" class="secondary">${text('staff.logout')}</button></form>
</header>
<p class="hint">${text('staff.generatedAt', { time: stats.generatedAt.slice(0, 16).replace('T', ' ') })}</p>
<section id="stages"><h2>${text('staff.stages.title')}</h2>
${stages}</section>
<section id="deadlines"><h2>${text('staff.deadlines.title')}</h2>
<p class="hint">${text('staff.deadlines.intro')}</p>
${deadlines}</section>
<section id="success"><h2>${text('staff.success.title')}</h2>
<p class="hint">${text('staff.success.definition')}</p>
<h3>${text('staff.success.byJurisdiction')}</h3>
${successTable(stats.successRate.byJurisdiction, 'staff.jurisdiction', stats.successRate.overall)}
<h3>${text('staff.success.byOffence')}</h3>
${successTable(stats.successRate.byOffence, 'staff.offence')}</section>
<section id="calibration"><h2>${text('staff.calibration.title')}</h2>
<p class="hint">${text('staff.calibration.intro')}</p>
${brier}
<p class="hint">${text('staff.calibration.brierHelp')}</p>
${calibrationTable}</section>
${followUpSections(text, label, stats.followUps, stats.generatedAt)}`);
}

/** The sign-in form (a member's token and a TOTP code), or a notice when there is nothing to sign in to. */
export function renderStaffLoginPage({ language, error, memberId }: { language: Language; error: StaffLoginError; memberId?: string }): string {
  const text = textIn(language);
  if (error === 'unavailable') {
    return page(language, text('staff.unavailable.title'), `<h1>${text('staff.unavailable.title')}</h1>
<p class="lead">${text('staff.unavailable.body')}</p>`);
  }
  const message =
    error === 'invalidToken' ? text('staff.login.invalidToken')
    : error === 'tooMany' ? text('staff.login.tooMany')
    : error === 'notEnrolled' ? text('staff.login.notEnrolled', { memberId: memberId ?? '' })
    : null;
  const described = message ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  return page(language, text('staff.login.title'), `<h1>${text('staff.login.title')}</h1>
${message ? `<p class="error" role="alert" id="login-error">${message}</p>` : ''}
<p>${text('staff.login.intro')}</p>
<form class="login" method="post" action="/staff/login">
<label for="token">${text('staff.login.tokenLabel')}</label>
<input type="password" id="token" name="token" autocomplete="off" required autofocus${described}>
<label for="code">${text('staff.login.codeLabel')}</label>
<input type="text" id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required${described}>
<button type="submit">${text('staff.login.submit')}</button>
</form>`);
}

function textIn(language: Language): Text {
  return (key, vars) => escapeHtml(translate(language, key, vars));
}

function followUpSections(text: Text, label: Label, followUps: FollowUps, generatedAt: string): string {
  const { upcoming, pendingCount, failed } = followUps;
  const channel = (value: string | null) => (value === null ? text('staff.empty') : label('staff.channel', value));
  const now = Date.parse(generatedAt);
  const reminders = pendingCount
    ? `<p>${text('staff.followUps.count', { pending: pendingCount, listed: upcoming.length })}</p>
${table(
  ['dueAt', 'kind', 'case', 'channel'].map((column) => text(`staff.followUps.${column}` as MessageKey)),
  upcoming.map((row) => [
    montrealTime(row.dueAt),
    label('staff.reminder', row.kind),
    row.caseNumber === null ? text('staff.empty') : escapeHtml(row.caseNumber),
    channel(row.channel),
  ]),
  // Still pending after its time: the scheduler is behind, or stopped.
  (index) => (Date.parse(upcoming[index].dueAt) < now ? 'past' : ''),
)}`
    : `<p>${text('staff.followUps.none')}</p>`;

  const total = FAILED_COUNTS.reduce((sum, key) => sum + failed.counts[key], 0);
  const failures = total
    ? `${table(
        [text('staff.failed.what'), text('staff.failed.count')],
        [...FAILED_COUNTS.map((key) => [text(`staff.failed.counts.${key}`), String(failed.counts[key])]), [text('staff.total'), String(total)]],
        (index) => (index === FAILED_COUNTS.length ? 'total' : ''),
      )}
<h3>${text('staff.failed.recent')}</h3>
${table(
  ['at', 'what', 'code', 'channel', 'id'].map((column) => text(`staff.failed.${column}` as MessageKey)),
  failed.recent.map((row) => [
    montrealTime(row.at),
    label('staff.failed.kind', row.kind),
    row.code === null ? text('staff.empty') : `<code>${escapeHtml(row.code)}</code>`,
    channel(row.channel),
    `<code>${escapeHtml(row.id)}</code>`,
  ]),
)}`
    : `<p>${text('staff.failed.none')}</p>`;

  return `<section id="reminders"><h2>${text('staff.followUps.title')}</h2>
<p class="hint">${text('staff.followUps.intro')}</p>
${reminders}</section>
<section id="failed"><h2>${text('staff.failed.title')}</h2>
<p class="hint">${text('staff.failed.intro')}</p>
${failures}</section>`;
}

/** "2026-11-23 09:30", Montréal wall-clock time of an ISO instant. */
function montrealTime(iso: string): string {
  const parts = MONTREAL_TIME.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return escapeHtml(`${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`);
}

function daysLeftText(text: Text, daysLeft: number): string {
  if (daysLeft === 0) return text('staff.deadlines.today');
  if (daysLeft === 1) return text('staff.deadlines.leftOne');
  if (daysLeft === -1) return text('staff.deadlines.lateOne');
  return daysLeft > 0 ? text('staff.deadlines.leftMany', { days: daysLeft }) : text('staff.deadlines.lateMany', { days: -daysLeft });
}

/** Cells are HTML already escaped by the caller; the first one heads its row. */
function table(headers: string[], rows: string[][], rowClass: (index: number) => string = () => ''): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows
    .map((cells, index) => {
      const cls = rowClass(index);
      const [first, ...rest] = cells;
      return `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}

function page(language: Language, heading: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${heading} — Ticket911</title>
<link rel="stylesheet" href="/staff-page.css">
</head><body><main class="staff">
${body}
</main></body></html>`;
}
