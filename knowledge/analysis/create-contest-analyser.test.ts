import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../tickets/ticket-schema.js';
import { createWordOverlapRetriever } from '../test-support/create-word-overlap-retriever.js';
import { TEST_CHUNKS } from '../test-support/make-chunk.js';
import type { LlmAnalysisFailureReason, LlmContestAnalyser } from './llm/create-llm-contest-analyser.js';
import { createContestAnalyser } from './create-contest-analyser.js';
import { QC_SPEEDING_ANALYSIS } from './test-support/analysis-outcomes.js';

const TICKET: Ticket = {
  jurisdiction: 'QC',
  offenceCategory: 'speeding',
  statute: 'CSR',
  section: '328',
  ticketNumber: '1',
  issuedOn: '2026-11-10',
  fineCents: 14300,
  totalPayableCents: null,
  currency: 'CAD',
  demeritPoints: null,
  speed: { recorded: 62, limit: 50, unit: 'km/h' },
  location: null,
  court: null,
  respondBy: '2026-12-10',
  confidence: 0.9,
};
const REQUEST = { ticket: TICKET, language: 'fr' as const, today: '2026-11-21', respondBy: '2026-12-10' };
const ALL = new Set(['QC', 'ON', 'NY'] as const);

const model = (answers: Awaited<ReturnType<LlmContestAnalyser['analyse']>>[] | Error, seen: unknown[] = []): LlmContestAnalyser => ({
  async analyse(request) {
    seen.push(request);
    if (answers instanceof Error) throw answers;
    return answers.shift()!;
  },
});
const record = { attempts: 1, promptVersion: 'p1', timings: { totalMs: 1, attemptsMs: [1] } };
const ok = (modelName: string) => ({ ok: true as const, analysis: QC_SPEEDING_ANALYSIS, retrievedChunkIds: ['qc-speed#0'], model: modelName, ...record });
const failed = (reason: LlmAnalysisFailureReason) => ({ ok: false as const, reason, detail: '', retrievedChunkIds: [], model: 'm', ...record });

describe('createContestAnalyser', () => {
  it("gives the model the case's sources, the offence's own first, and returns its analysis", async () => {
    const seen: { sources: { chunk: { id: string } }[] }[] = [];
    const analyser = createContestAnalyser({
      retriever: createWordOverlapRetriever(TEST_CHUNKS),
      coveredJurisdictions: ALL,
      models: [{ engine: 'claude', analyser: model([ok('claude-x')], seen) }],
    });
    const outcome = await analyser.analyse(REQUEST);
    expect(outcome).toMatchObject({ status: 'scored', engine: 'claude', model: 'claude-x', promptVersion: 'p1', needsReview: false, fallbackReason: null });
    expect(seen[0]!.sources[0]!.chunk.id).toBe('qc-speed#0');
    expect(seen[0]!.sources.every((s) => s.chunk.id.startsWith('qc-'))).toBe(true);
  });

  it('falls back to the backup model, then to the offline rules, marking the answer for review', async () => {
    const backup = createContestAnalyser({
      retriever: createWordOverlapRetriever(TEST_CHUNKS),
      coveredJurisdictions: ALL,
      models: [
        { engine: 'claude', analyser: model([failed('ungrounded_citation')]) },
        { engine: 'ollama', analyser: model([ok('llama')]) },
      ],
    });
    expect(await backup.analyse(REQUEST)).toMatchObject({ engine: 'ollama', needsReview: true, fallbackReason: 'claude: ungrounded_citation' });

    const offline = createContestAnalyser({
      retriever: createWordOverlapRetriever(TEST_CHUNKS),
      coveredJurisdictions: ALL,
      models: [
        { engine: 'claude', analyser: model([failed('model_unavailable')]) },
        { engine: 'ollama', analyser: model(new TypeError('fetch failed')) },
      ],
    });
    const outcome = await offline.analyse(REQUEST);
    expect(outcome).toMatchObject({ status: 'scored', engine: 'offline', model: null, promptVersion: 'offline-rules/2026-11-21', needsReview: true });
    expect(outcome.status === 'scored' && outcome.fallbackReason).toBe('claude: model_unavailable; ollama: TypeError');
  });

  it('answers with the offline rules when the models run out of time, aborting the model call', async () => {
    let aborted = false;
    const hanging: LlmContestAnalyser = {
      analyse: ({ signal }) =>
        new Promise((resolve) =>
          signal?.addEventListener('abort', () => {
            aborted = true;
            resolve(failed('model_unavailable'));
          }),
        ),
    };
    const analyser = createContestAnalyser({
      retriever: createWordOverlapRetriever(TEST_CHUNKS),
      coveredJurisdictions: ALL,
      models: [
        { engine: 'claude', analyser: hanging },
        { engine: 'ollama', analyser: model([ok('llama')]) },
      ],
      modelBudgetMs: 20,
    });
    const outcome = await analyser.analyse(REQUEST);
    expect(aborted).toBe(true);
    expect(outcome).toMatchObject({ status: 'scored', engine: 'offline', needsReview: true, fallbackReason: 'claude: out of time; ollama: out of time' });
  });

  it('uses the offline rules without review when no model is configured', async () => {
    const analyser = createContestAnalyser({ retriever: createWordOverlapRetriever(TEST_CHUNKS), coveredJurisdictions: ALL });
    const outcome = await analyser.analyse(REQUEST);
    expect(outcome).toMatchObject({ status: 'scored', engine: 'offline', needsReview: false, fallbackReason: null });
    expect(outcome.status === 'scored' && outcome.retrievedChunkIds).toContain('qc-speed#0');
  });

  it('scores nothing when retrieval returns nothing about the offence, and never asks the model', async () => {
    const seen: unknown[] = [];
    const analyser = createContestAnalyser({
      retriever: createWordOverlapRetriever(TEST_CHUNKS.filter((c) => !c.metadata.categories.includes('speeding'))),
      coveredJurisdictions: ALL,
      models: [{ engine: 'claude', analyser: model([ok('claude-x')], seen) }],
    });
    expect(await analyser.analyse(REQUEST)).toMatchObject({ status: 'needs_lawyer', reason: 'no_relevant_sources' });
    expect(await analyser.analyse({ ...REQUEST, ticket: { ...TICKET, offenceCategory: 'other' } })).toMatchObject({ status: 'needs_lawyer' });
    expect(seen).toEqual([]);
  });

  it('refuses a jurisdiction the corpus does not cover', async () => {
    const analyser = createContestAnalyser({ retriever: createWordOverlapRetriever(TEST_CHUNKS), coveredJurisdictions: new Set(['QC', 'ON'] as const) });
    expect(await analyser.analyse({ ...REQUEST, ticket: { ...TICKET, jurisdiction: 'NY' } })).toEqual({ status: 'refused', reason: 'jurisdiction_not_covered', jurisdiction: 'NY' });
  });
});
