import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { anthropicMessage as structuredReading } from '../../intake/claude/test-support/anthropic-message.js';
import { SEARCH_TOOL_NAME, SUBMIT_TOOL_NAME } from '../../knowledge/analysis/llm/contest-analysis-system-prompt.js';
import { anthropicToolUse } from '../../knowledge/analysis/llm/test-support/anthropic-wire.js';
import type { ModelAnalysis } from '../../knowledge/analysis/contest-analysis-schema.js';
import type { TicketReading } from '../../tickets/ticket-reading.js';
import { QC_SPEEDING_DRAFT } from '../../tickets/test-support/ticket-outcomes.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

const READING: TicketReading = { ...QC_SPEEDING_DRAFT, section: '328', ticketNumber: '210043985021877', speed: { recorded: 62, limit: 50, unit: 'km/h' }, confidence: 0.92 };

type RequestBody = { tools?: { name: string }[]; messages: { role: string; content: string | { type: string; text?: string; content?: unknown }[] }[] };

/** The chunk ids our code gave Claude in the <sources> block of the analysis request. */
function sourceIdsOf(body: RequestBody): string[] {
  const text = JSON.stringify(body.messages[0]?.content ?? '');
  return [...new Set([...text.matchAll(/(qc-[a-z0-9-]+#\d+)/g)].map((m) => m[1]!))];
}

function analysisCiting(ids: { statute: string; procedure: string }): ModelAnalysis {
  return {
    score: 64,
    factors: [
      {
        label: 'Faible dépassement',
        effect: '+',
        weight: 12,
        explanation: "Un dépassement de 12 km/h laisse place à une contestation de la précision de l'appareil de mesure.",
        citationIds: [ids.statute],
      },
    ],
    options: [
      { id: 'plead_not_guilty', label: 'Plaider non coupable', explanation: 'Transmettre un plaidoyer de non-culpabilité dans les 30 jours.', deadline: '2026-12-10', citationIds: [ids.procedure] },
    ],
    consequencesIfPaid: { demeritPoints: 1, fineCents: 14300, currency: 'CAD', summary: ["1 point d'inaptitude à votre dossier."], citationIds: [ids.statute] },
    draft: { language: 'fr', text: "PLAIDOYER DE NON-CULPABILITÉ — constat no 210043985021877. Je plaide non coupable et demande la communication de la preuve.", translation: null },
  };
}

/** With ANTHROPIC_API_KEY the case is analysed by Claude (LangChain agent, real SDK, nock), grounded in our corpus. */
describe('contest analysis with Claude (real SDKs, nock)', () => {
  let t: TestApp;
  const analysisRequests: RequestBody[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { ANTHROPIC_API_KEY: 'sk-ant-test-0000', ANTHROPIC_MAX_RETRIES: '0' } });
  });
  afterEach(() => {
    nock.cleanAll();
    analysisRequests.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Reading requests get the ticket; analysis requests (they declare the submit tool) get `answer(n, body)`. */
  function claude(answer: (n: number, body: RequestBody) => unknown) {
    nock('https://api.anthropic.com')
      .post('/v1/messages')
      .times(10)
      .reply(200, (_uri, raw) => {
        const body = raw as RequestBody;
        if (!body.tools?.some((tool) => tool.name === SUBMIT_TOOL_NAME)) return structuredReading({ json: READING });
        analysisRequests.push(body);
        return answer(analysisRequests.length, body);
      });
  }

  async function confirmTicket() {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'fr', settle: () => t.settle() });
    await chat.say('excès de vitesse 62 dans un 50 sur Sherbrooke à Montréal le 10 novembre, 143 $').expect(202);
    await t.settle();
    await chat.newReplies();
    await chat.say('oui').expect(202);
    await t.settle();
    return { chat, replies: await chat.newReplies() };
  }

  it("sends Claude's grounded analysis to the driver and stores it with the model, prompt version and chunks", async () => {
    claude((n, body) => {
      const ids = sourceIdsOf(analysisRequests[0]!);
      if (n === 1) return anthropicToolUse({ id: 'toolu_search_1', name: SEARCH_TOOL_NAME, input: { query: 'cinémomètre vérification' } });
      const statute = ids.find((id) => id.startsWith('qc-csr-328'))!;
      const procedure = ids.find((id) => id.startsWith('qc-cpp-')) ?? statute;
      expect(JSON.stringify(body.messages)).toContain('tool_result');
      return anthropicToolUse({ id: 'toolu_submit_1', name: SUBMIT_TOOL_NAME, input: analysisCiting({ statute, procedure }) });
    });
    const { chat, replies } = await confirmTicket();
    expect(analysisRequests).toHaveLength(2);
    expect(replies[1]).toContain('Évaluation préliminaire du dossier');
    expect(replies[1]).toContain('64/100');
    expect(replies[1]).toContain('Code de la sécurité routière');
    expect(replies[2]).toContain('pas une garantie de résultat');
    const stored = await t.db.prisma.case.findFirstOrThrow({ where: { conversation: { address: chat.sessionId } }, include: { analyses: true } });
    expect(stored.status).toBe('analysed');
    expect(stored.analyses[0]).toMatchObject({ status: 'scored', engine: 'claude', model: 'claude-sonnet-5-5', promptVersion: 'contest-analysis/2026-11-21', score: 64, needsReview: false });
    expect(stored.analyses[0]!.retrievedChunkIds.some((id) => id.startsWith('qc-csr-328'))).toBe(true);
  });

  it('rejects an answer citing an invented case, retries once, then answers with the offline rules marked for review', async () => {
    claude(() => {
      const ids = sourceIdsOf(analysisRequests[0]!);
      // "R. v. Smith, 2019" is not in the corpus and was never retrieved for this case.
      return anthropicToolUse({ id: 'toolu_submit_x', name: SUBMIT_TOOL_NAME, input: analysisCiting({ statute: 'r-v-smith-2019#0', procedure: ids[0]! }) });
    });
    const { chat, replies } = await confirmTicket();
    expect(analysisRequests).toHaveLength(2);
    expect(replies[2]).toContain("Notre analyse habituelle n'était pas disponible");
    const stored = await t.db.prisma.case.findFirstOrThrow({ where: { conversation: { address: chat.sessionId } }, include: { analyses: true } });
    expect(stored.analyses[0]).toMatchObject({ status: 'scored', engine: 'offline', needsReview: true, fallbackReason: 'claude: ungrounded_citation' });
    expect(JSON.stringify(stored.analyses[0]!.result)).not.toContain('smith');
  });
});
