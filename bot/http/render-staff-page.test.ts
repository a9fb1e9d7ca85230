import { describe, expect, it } from 'vitest';
import type { CaseStats } from '../stats/case-stats-schema.js';
import { caseStatsSchema } from '../stats/case-stats-schema.js';
import { computeCalibration } from '../stats/compute-calibration.js';
import { renderStaffLoginPage, renderStaffPage } from './render-staff-page.js';

const outcomes = (acquitted: number, withdrawn: number, reduced: number, convicted: number) => ({ acquitted, withdrawn, reduced, convicted });

function sampleStats(overrides: Partial<CaseStats> = {}): CaseStats {
  return caseStatsSchema.parse({
    generatedAt: '2026-11-21T15:00:00.000Z',
    byStage: [
      { status: 'analysed', total: 3, byJurisdiction: { QC: 2, ON: 1, NY: 0, unknown: 0 } },
      { status: '<b>odd</b>', total: 1, byJurisdiction: { QC: 0, ON: 0, NY: 0, unknown: 1 } },
    ],
    deadlinesAtRisk: [
      { caseId: 'c1', number: 'T911-000007', jurisdiction: 'ON', respondBy: '2026-11-18', daysLeft: -3, status: 'paid' },
      { caseId: 'c2', number: 'T911-000009', jurisdiction: 'QC', respondBy: '2026-11-23', daysLeft: 2, status: 'analysed' },
    ],
    successRate: {
      overall: { key: 'all', closed: 3, successes: 2, rate: 0.6667, outcomes: outcomes(1, 0, 1, 1) },
      byJurisdiction: [
        { key: 'QC', closed: 2, successes: 1, rate: 0.5, outcomes: outcomes(1, 0, 0, 1) },
        { key: 'ON', closed: 1, successes: 1, rate: 1, outcomes: outcomes(0, 0, 1, 0) },
        { key: 'NY', closed: 0, successes: 0, rate: null, outcomes: outcomes(0, 0, 0, 0) },
      ],
      byOffence: [{ key: 'red_light', closed: 3, successes: 2, rate: 0.6667, outcomes: outcomes(1, 0, 1, 1) }],
    },
    calibration: computeCalibration({ cases: [{ score: 80, success: true }, { score: 30, success: false }, { score: 60, success: false }] }),
    followUps: {
      upcoming: [
        // An hour before generatedAt and still pending: late.
        { jobId: 'j1', kind: 'plea2', caseNumber: 'T911-000007', channel: 'sms', dueAt: '2026-11-21T14:00:00.000Z' },
        // 03:00 UTC is the evening before in Montréal.
        { jobId: 'j2', kind: 'payment', caseNumber: null, channel: 'whatsapp', dueAt: '2026-11-22T03:00:00.000Z' },
        // Summer time: UTC−4, not −5.
        { jobId: 'j3', kind: 'hearingDay', caseNumber: 'T911-000009', channel: '<i>pager</i>', dueAt: '2027-07-02T12:30:00.000Z' },
      ],
      pendingCount: 30,
      failed: {
        counts: { messages: 2, emails: 1, slack: 0, jobs: 1 },
        recent: [
          { kind: 'email', id: 'e1', at: '2026-11-21T12:05:00.000Z', code: 'http_550', channel: null },
          { kind: 'message', id: 'm<1>', at: '2026-11-20T20:00:00.000Z', code: null, channel: 'web' },
          { kind: 'job', id: 'job1', at: '2026-11-20T19:00:00.000Z', code: 'TypeError', channel: 'botframework' },
        ],
      },
    },
    ...overrides,
  });
}

describe('renderStaffPage', () => {
  it('shows every table with its figures, the Brier score and how to read it', () => {
    const html = renderStaffPage({ stats: sampleStats(), language: 'en' });
    expect(html).toContain('<link rel="stylesheet" href="/staff-page.css">');
    expect(html).toContain('<th scope="row">Analysed</th><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td>');
    expect(html).toContain('<tr class="past"><th scope="row">T911-000007</th><td>Ontario</td><td>2026-11-18</td><td>3 days late</td><td>Paid</td></tr>');
    expect(html).toContain('<tr class="soon"><th scope="row">T911-000009</th><td>Quebec</td><td>2026-11-23</td><td>2 days left</td>');
    expect(html).toContain('<th scope="row">Quebec</th><td>2</td><td>1</td><td>50%</td><td>1</td><td>0</td><td>0</td><td>1</td>');
    expect(html).toContain('<tr class="total"><th scope="row">All cases</th><td>3</td><td>2</td><td>66.7%</td>');
    expect(html).toContain('<th scope="row">New York</th><td>0</td><td>0</td><td>—</td>');
    expect(html).toContain('<th scope="row">Red light</th>');
    expect(html).toContain('<th scope="row">80-89</th><td>1</td><td>80%</td><td>100%</td>');
    expect(html).toContain('<th scope="row">0-9</th><td>0</td><td>—</td><td>—</td>');
    expect(html).toContain('Brier score: 0.1633 over 3 cases.');
    expect(html).toContain('0 is perfect, 0.25 is what always saying 50 gives');
    expect(html).toContain('<form method="post" action="/staff/logout">');
  });

  it('escapes what comes from the database and has no inline script or style', () => {
    const html = renderStaffPage({ stats: sampleStats(), language: 'en' });
    expect(html).toContain('&lt;b&gt;odd&lt;/b&gt;');
    expect(html).not.toContain('<b>odd');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  });

  it('speaks French and Spanish, numbers included', () => {
    const fr = renderStaffPage({ stats: sampleStats(), language: 'fr' });
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Score de Brier\u00a0: 0,1633 sur 3\u00a0dossiers.');
    expect(fr).toContain('3\u00a0jours de retard');
    const es = renderStaffPage({ stats: sampleStats(), language: 'es' });
    expect(es).toContain('Puntuación de Brier: 0,1633 sobre 3 casos.');
    expect(es).toContain('Tasa de éxito');
  });

  it('says so when nothing is at risk and nothing is scored yet', () => {
    const html = renderStaffPage({ stats: sampleStats({ deadlinesAtRisk: [], calibration: computeCalibration({ cases: [] }) }), language: 'en' });
    expect(html).toContain('No deadline at risk.');
    expect(html).toContain('No decided case has a score yet');
    expect(html).not.toContain('Brier score: ');
  });
});

describe('renderStaffPage: reminders and failed sends', () => {
  it('lists the next reminders in Montréal time, late ones marked, with how many are pending', () => {
    const html = renderStaffPage({ stats: sampleStats(), language: 'en' });
    expect(html).toContain('<h2>Upcoming reminders</h2>');
    expect(html).toContain('Times are Montréal time (America/Montreal)');
    expect(html).toContain('<p>Pending reminders: 30. Listed: 3.</p>');
    expect(html).toContain('<th scope="col">Due (Montréal time)</th><th scope="col">Reminder</th><th scope="col">Case</th><th scope="col">Channel</th>');
    expect(html).toContain('<tr class="past"><th scope="row">2026-11-21 09:00</th><td>Plea: 2 days before the deadline</td><td>T911-000007</td><td>SMS</td></tr>');
    expect(html).toContain('<tr><th scope="row">2026-11-21 22:00</th><td>Quote not paid</td><td>—</td><td>WhatsApp</td></tr>');
    expect(html).toContain('<tr><th scope="row">2027-07-02 08:30</th><td>Hearing: on the day</td><td>T911-000009</td><td>&lt;i&gt;pager&lt;/i&gt;</td></tr>');
  });

  it('counts failed sends by kind with a total, then the latest failures with their codes', () => {
    const html = renderStaffPage({ stats: sampleStats(), language: 'en' });
    expect(html).toContain('<h2>Failed sends</h2>');
    expect(html).toContain('<th scope="row">Chat messages</th><td>2</td>');
    expect(html).toContain('<th scope="row">Slack posts</th><td>0</td>');
    expect(html).toContain('<tr class="total"><th scope="row">Total</th><td>4</td></tr>');
    expect(html).toContain('<h3>Latest failures</h3>');
    expect(html).toContain('<tr><th scope="row">2026-11-21 07:05</th><td>Email</td><td><code>http_550</code></td><td>—</td><td><code>e1</code></td></tr>');
    expect(html).toContain('<tr><th scope="row">2026-11-20 15:00</th><td>Chat message</td><td>—</td><td>Web chat</td><td><code>m&lt;1&gt;</code></td></tr>');
    expect(html).toContain('<td>Scheduled event</td><td><code>TypeError</code></td><td>Bot Framework</td>');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  });

  it('says so when nothing is pending and nothing failed', () => {
    const html = renderStaffPage({
      stats: sampleStats({ followUps: { upcoming: [], pendingCount: 0, failed: { counts: { messages: 0, emails: 0, slack: 0, jobs: 0 }, recent: [] } } }),
      language: 'en',
    });
    expect(html).toContain('<p>No reminder pending.</p>');
    expect(html).toContain('<p>Nothing failed.</p>');
    expect(html).not.toContain('Latest failures');
  });

  it('speaks French and Spanish', () => {
    const fr = renderStaffPage({ stats: sampleStats(), language: 'fr' });
    expect(fr).toContain('<h2>Rappels à venir</h2>');
    expect(fr).toContain('Rappels en attente\u00a0: 30. Affichés\u00a0: 3.');
    expect(fr).toContain('<td>Plaidoyer\u00a0: 2\u00a0jours avant l’échéance</td>');
    expect(fr).toContain('<th scope="row">Courriels</th><td>1</td>');
    expect(fr).toContain('Quand (heure de Montréal)');
    const es = renderStaffPage({ stats: sampleStats(), language: 'es' });
    expect(es).toContain('<h2>Envíos fallidos</h2>');
    expect(es).toContain('Recordatorios pendientes: 30. Mostrados: 3.');
    expect(es).toContain('<td>Presupuesto no pagado</td>');
  });
});

describe('renderStaffLoginPage', () => {
  it('is a POST form to /staff/login with a password field for the token and a one-time-code field, and the error when refused', () => {
    const plain = renderStaffLoginPage({ language: 'en', error: null });
    expect(plain).toContain('<form class="login" method="post" action="/staff/login">');
    expect(plain).toContain('type="password" id="token" name="token"');
    expect(plain).toContain('id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required');
    expect(plain).not.toContain('role="alert"');
    const wrong = renderStaffLoginPage({ language: 'fr', error: 'invalidToken' });
    expect(wrong).toContain('Ce jeton ou ce code n’est pas le bon.');
    expect(wrong).toContain('aria-invalid="true"');
  });

  it('tells a member without a confirmed authenticator which CLI command enrols them, escaped', () => {
    const html = renderStaffLoginPage({ language: 'en', error: 'notEnrolled', memberId: '<m-1>' });
    expect(html).toContain('ticket911 staff enrol &lt;m-1&gt; --code');
    expect(html).toContain('<form');
  });

  it('says to wait after too many failures', () => {
    expect(renderStaffLoginPage({ language: 'es', error: 'tooMany' })).toContain('Espere 15 minutos');
  });

  it('shows a notice and no form when the statistics are unavailable', () => {
    const html = renderStaffLoginPage({ language: 'en', error: 'unavailable' });
    expect(html).toContain('The statistics could not be computed');
    expect(html).not.toContain('<form');
  });
});
