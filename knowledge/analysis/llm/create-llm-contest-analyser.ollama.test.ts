import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contestAnalysisSchema } from '../contest-analysis-schema.js';
import { createLlmContestAnalyser } from './create-llm-contest-analyser.js';
import { createOllamaAnalysisModel } from './create-ollama-analysis-model.js';
import { createFakeRetriever } from './test-support/create-fake-retriever.js';
import { QC_DEMERIT_POINTS, QC_PLEA_DELAY, QC_RADAR_CASE, QC_SPEED_LIMIT } from './test-support/legal-chunks.js';
import { QC_REQUEST as REQUEST } from './test-support/qc-speeding-request.js';
import { ollamaChatStream } from './test-support/ollama-wire.js';
import { buildQcModelAnalysis } from './test-support/qc-model-analysis.js';

const OLLAMA = 'http://127.0.0.1:11434';
const MODEL = 'qwen3:8b';


/** Intercepts POST /api/chat once per streamed answer, in order, and records the request bodies. */
function chatEndpoint(...answers: string[]) {
  const recorded: Record<string, any>[] = [];
  const scope = nock(OLLAMA);
  for (const answer of answers) {
    scope.post('/api/chat').reply(200, (_uri, body) => {
      recorded.push(body as Record<string, any>);
      return answer;
    }, { 'content-type': 'application/x-ndjson' });
  }
  return { scope, recorded };
}

function analyser() {
  const { retriever, queries } = createFakeRetriever({ chunks: [QC_RADAR_CASE] });
  const model = createOllamaAnalysisModel({ baseUrl: OLLAMA, model: MODEL });
  return { analyser: createLlmContestAnalyser({ model, modelName: `ollama:${MODEL}`, retriever }), queries };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('createLlmContestAnalyser with Ollama', () => {
  it('streams /api/chat, runs the search tool, and takes the analysis from the structured tool call', async () => {
    const { scope, recorded } = chatEndpoint(
      ollamaChatStream({ model: MODEL, toolCalls: [{ name: 'search_legal_sources', arguments: { query: 'vérification du cinémomètre', categories: ['speeding'] } }] }),
      ollamaChatStream({ model: MODEL, toolCalls: [{ name: 'submit_contest_analysis', arguments: buildQcModelAnalysis() }] }),
    );
    const { analyser: subject, queries } = analyser();

    const result = await subject.analyse(REQUEST);

    scope.done();
    expect(result).toMatchObject({ ok: true, attempts: 1, model: `ollama:${MODEL}` });
    if (!result.ok) throw new Error(result.detail);
    expect(contestAnalysisSchema.parse(result.analysis)).toEqual(result.analysis);
    expect(result.retrievedChunkIds).toEqual([QC_SPEED_LIMIT.id, QC_PLEA_DELAY.id, QC_DEMERIT_POINTS.id, QC_RADAR_CASE.id]);
    expect(result.analysis.citations.map((citation) => citation.id)).toEqual([QC_RADAR_CASE.id, QC_SPEED_LIMIT.id, QC_PLEA_DELAY.id, QC_DEMERIT_POINTS.id]);
    expect(queries).toEqual([{ text: 'vérification du cinémomètre', jurisdiction: 'QC', categories: ['speeding'], limit: 5 }]);

    expect(recorded).toHaveLength(2);
    const [first, second] = recorded;
    expect(first.model).toBe(MODEL);
    expect(first.stream).toBe(true);
    expect(first).not.toHaveProperty('format');
    expect(first.options).toMatchObject({ temperature: 0, num_ctx: 16_384 });
    expect(first.tools.map((tool: { type: string; function: { name: string } }) => [tool.type, tool.function.name])).toEqual([
      ['function', 'search_legal_sources'],
      ['function', 'submit_contest_analysis'],
    ]);
    expect(first.tools[1].function.parameters).toMatchObject({ type: 'object', required: expect.arrayContaining(['score', 'draft']) });
    expect(first.messages.map((message: { role: string }) => message.role)).toEqual(['system', 'user']);
    expect(first.messages[0].content).toContain('preliminary assessment');
    expect(first.messages[1].content).toMatch(/^<ticket_data>\n\{[\s\S]*"location": "Boul\. René-Lévesque, Montréal"[\s\S]*\n<\/ticket_data>/);

    // The second call replays the tool call and sends the tool's result back.
    expect(second.messages.map((message: { role: string }) => message.role)).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(second.messages[2].tool_calls).toEqual([
      expect.objectContaining({ function: { name: 'search_legal_sources', arguments: { query: 'vérification du cinémomètre', categories: ['speeding'] } } }),
    ]);
    expect(JSON.parse(second.messages[3].content).results).toEqual([expect.objectContaining({ id: QC_RADAR_CASE.id, text: QC_RADAR_CASE.text })]);
  });

  it('says invalid_output when the model answers in prose twice instead of calling the tool', async () => {
    const prose = ollamaChatStream({ model: MODEL, content: 'Voici mon analyse : le dossier semble défendable.' });
    const { scope, recorded } = chatEndpoint(prose, prose);

    const result = await analyser().analyser.analyse(REQUEST);

    scope.done();
    expect(recorded).toHaveLength(2);
    expect(result).toMatchObject({ ok: false, reason: 'invalid_output', attempts: 2, detail: 'no structured answer' });
  });

  it('says model_unavailable, without a second attempt, when the model is not pulled (HTTP 404)', async () => {
    nock(OLLAMA).post('/api/chat').reply(404, { error: `model "${MODEL}" not found, try pulling it first` });

    const result = await analyser().analyser.analyse(REQUEST);

    expect(result).toMatchObject({ ok: false, reason: 'model_unavailable', attempts: 1, detail: 'HTTP 404' });
  });

  it('says model_unavailable when Ollama is not running', async () => {
    nock(OLLAMA).post('/api/chat').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:11434' });

    const result = await analyser().analyser.analyse(REQUEST);

    expect(result).toMatchObject({ ok: false, reason: 'model_unavailable', attempts: 1, detail: 'connection ECONNREFUSED' });
  });
});
