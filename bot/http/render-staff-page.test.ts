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

describe('renderStaffLoginPage', () => {
  it('is a POST form to /staff/login with a password field, and the error when the token was wrong', () => {
    const plain = renderStaffLoginPage({ language: 'en', error: null });
    expect(plain).toContain('<form class="login" method="post" action="/staff/login">');
    expect(plain).toContain('type="password" id="token" name="token"');
    expect(plain).not.toContain('role="alert"');
    const wrong = renderStaffLoginPage({ language: 'fr', error: 'invalidToken' });
    expect(wrong).toContain('Ce jeton n’est pas le bon.');
    expect(wrong).toContain('aria-invalid="true"');
  });

  it('shows a notice and no form when the staff token is not set', () => {
    const html = renderStaffLoginPage({ language: 'en', error: 'notConfigured' });
    expect(html).toContain('The staff token is not set');
    expect(html).not.toContain('<form');
  });
});
