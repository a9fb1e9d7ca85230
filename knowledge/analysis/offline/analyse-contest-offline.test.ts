import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../tickets/ticket-schema.js';
import { createWordOverlapRetriever } from '../../test-support/create-word-overlap-retriever.js';
import { TEST_CHUNKS } from '../../test-support/make-chunk.js';
import { contestAnalysisSchema } from '../contest-analysis-schema.js';
import { analyseContestOffline } from './analyse-contest-offline.js';

const QC_SPEEDING: Ticket = {
  jurisdiction: 'QC',
  offenceCategory: 'speeding',
  statute: 'CSR',
  section: '328',
  ticketNumber: '123456789',
  issuedOn: '2026-11-10',
  fineCents: 14300,
  totalPayableCents: 22100,
  currency: 'CAD',
  demeritPoints: null,
  speed: { recorded: 62, limit: 50, unit: 'km/h' },
  location: 'Rue Sherbrooke, Montréal',
  court: 'Cour municipale de Montréal',
  respondBy: '2026-12-10',
  confidence: 0.9,
};

async function analyse(ticket: Ticket, options: { language?: 'fr' | 'en' | 'es'; today?: string; respondBy?: string | null; chunks?: typeof TEST_CHUNKS } = {}) {
  const retriever = createWordOverlapRetriever(options.chunks ?? TEST_CHUNKS);
  const sources = await retriever.retrieve({ text: `${ticket.statute} ${ticket.section} speeding vitesse`, jurisdiction: ticket.jurisdiction, categories: [ticket.offenceCategory], limit: 8 });
  const result = await analyseContestOffline({
    ticket,
    language: options.language ?? 'en',
    today: options.today ?? '2026-11-21',
    respondBy: options.respondBy === undefined ? ticket.respondBy : options.respondBy,
    sources,
    retriever,
  });
  contestAnalysisSchema.parse(result.analysis);
  return result;
}

describe('analyseContestOffline', () => {
  it('scores a small Quebec speeding margin from its rules, each reason cited from a retrieved chunk', async () => {
    const { analysis, retrievedChunkIds, appliedRules } = await analyse(QC_SPEEDING);
    expect(appliedRules).toEqual(['burden_of_proof', 'small_speed_margin', 'device_disclosure']);
    expect(analysis.score).toBe(50 + 3 + 8 + 6);
    expect(analysis.factors.map((f) => [f.effect, f.weight])).toEqual([['+', 8], ['+', 6], ['+', 3]]);
    expect(analysis.factors[0]!.explanation).toContain('62 km/h in a 50 km/h zone is 12 km/h over');
    expect(analysis.factors[1]!.citationIds).toEqual(['qc-disclosure#0']);
    const cited = [...analysis.factors, ...analysis.options].flatMap((x) => x.citationIds).concat(analysis.consequencesIfPaid.citationIds);
    expect(cited.every((id) => retrievedChunkIds.includes(id))).toBe(true);
    expect(analysis.citations.map((c) => c.id).sort()).toEqual([...new Set(cited)].sort());
    expect(analysis.citations[0]).toMatchObject({ citation: expect.stringContaining('qc-'), url: expect.stringMatching(/^https:/) });
    expect(analysis.options.map((o) => [o.id, o.deadline])).toEqual([['plead_not_guilty', '2026-12-10'], ['pay', '2026-12-10']]);
    expect(analysis.consequencesIfPaid).toMatchObject({ demeritPoints: 1, fineCents: 14300, currency: 'CAD' });
    expect(analysis.consequencesIfPaid.summary).toContain('The fine: $143.00.');
    expect(analysis.draft.language).toBe('en');
    expect(analysis.draft.text).toContain('PLEA OF NOT GUILTY');
    expect(analysis.draft.text).toContain('123456789');
    expect(analysis.draft.translation).toBeNull();
  });

  it("writes to the driver in their language and drafts in the court's, with a translation", async () => {
    const { analysis } = await analyse(QC_SPEEDING, { language: 'es' });
    expect(analysis.factors[0]!.label).toBe('Poco exceso sobre el límite');
    expect(analysis.options[0]!.label).toBe('Declararse no culpable');
    expect(analysis.draft.language).toBe('fr');
    expect(analysis.draft.text).toContain('PLAIDOYER DE NON-CULPABILITÉ');
    expect(analysis.draft.translation).toMatchObject({ language: 'es', text: expect.stringContaining('DECLARACIÓN DE NO CULPABILIDAD') });
    const french = await analyse(QC_SPEEDING, { language: 'fr' });
    expect(french.analysis.draft).toMatchObject({ language: 'fr', translation: null });
  });

  it('counts a passed deadline against the contest and says when it was', async () => {
    const { analysis } = await analyse(QC_SPEEDING, { respondBy: '2026-11-01' });
    expect(analysis.score).toBe(67 - 20);
    expect(analysis.factors[0]).toMatchObject({ effect: '-', weight: 20, citationIds: ['qc-plea#0'] });
    expect(analysis.factors[0]!.explanation).toContain('November 1, 2026');
  });

  it('treats a camera ticket as owner liability with no points if paid', async () => {
    const camera: Ticket = { ...QC_SPEEDING, offenceCategory: 'camera', section: '0', speed: null };
    const { analysis } = await analyse(camera);
    expect(analysis.factors.find((f) => f.effect === '-')).toMatchObject({ weight: 10, citationIds: ['qc-camera#0'] });
    expect(analysis.consequencesIfPaid.demeritPoints).toBe(0);
    expect(analysis.consequencesIfPaid.summary[0]).toBe('No demerit points (camera ticket), only the fine.');
  });

  it('raises an old Ontario case for delay, citing Jordan, and drops a rule retrieval cannot ground', async () => {
    const ontario: Ticket = { ...QC_SPEEDING, jurisdiction: 'ON', statute: 'HTA', section: '128', issuedOn: '2025-03-01', speed: { recorded: 95, limit: 50, unit: 'km/h' } };
    const { analysis, appliedRules } = await analyse(ontario);
    expect(appliedRules).toContain('delay_ceiling');
    expect(analysis.factors[0]).toMatchObject({ effect: '+', weight: 25, citationIds: ['on-jordan#0'] });
    expect(analysis.factors[0]!.explanation).toContain('20 months');
    expect(analysis.factors.some((f) => f.effect === '-' && f.weight === 10)).toBe(true);
    expect(analysis.options.map((o) => o.id)).toEqual(['early_resolution', 'trial', 'pay']);

    const withoutJordan = await analyse(ontario, { chunks: TEST_CHUNKS.filter((c) => c.documentId !== 'on-jordan') });
    // The delay rule rests on Jordan: without it in the corpus the rule is dropped, not cited from elsewhere.
    expect(withoutJordan.appliedRules).not.toContain('delay_ceiling');
    expect(withoutJordan.analysis.score).toBe(analysis.score - 25);
  });

  it('tells a New York driver outside the city about the supporting deposition, and a city driver about the TVB', async () => {
    const upstate: Ticket = { ...QC_SPEEDING, jurisdiction: 'NY', statute: 'VTL', section: '1180(d)', currency: 'USD', location: 'Route 9, Saratoga Springs', court: 'Saratoga Springs City Court', speed: { recorded: 62, limit: 55, unit: 'mph' } };
    const { analysis, appliedRules } = await analyse(upstate);
    expect(appliedRules).toEqual(['burden_of_proof', 'small_speed_margin', 'supporting_deposition', 'officer_estimate']);
    expect(analysis.factors.find((f) => f.weight === 10)!.citationIds).toEqual(['ny-carson#0']);
    expect(analysis.factors.find((f) => f.weight === 5)!.citationIds).toEqual(['ny-olsen#0']);
    expect(analysis.draft.text).toContain('CPL § 100.25');
    expect(analysis.consequencesIfPaid.summary.some((line) => line.includes('Driver Responsibility Assessment'))).toBe(true);

    const city = await analyse({ ...upstate, location: 'Atlantic Ave, Brooklyn', court: 'TVB Brooklyn South' });
    expect(city.appliedRules).not.toContain('supporting_deposition');
    expect(city.analysis.options[0]!.label).toBe('Plead not guilty at the TVB');
    expect(city.analysis.draft.text).toContain('TRAFFIC VIOLATIONS BUREAU');
  });

  it('keeps the score between 5 and 95 whatever the rules add up to', async () => {
    const hopeless: Ticket = { ...QC_SPEEDING, jurisdiction: 'ON', statute: 'HTA', section: '78.1', offenceCategory: 'handheld_device', speed: null };
    const { analysis } = await analyse(hopeless, { respondBy: '2026-01-01' });
    expect(analysis.score).toBeGreaterThanOrEqual(5);
    expect(analysis.score).toBe(50 + 3 - 20 - 10);
  });
});
