import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_MACHINE_VERSION } from '../../flows/conversation/conversation-machine.js';
import { interpretInbound } from '../../flows/conversation/interpret-inbound.js';
import { upgradeSnapshot } from '../../flows/conversation/upgrade-snapshot.js';
import { fromPromise } from 'xstate';
import { QC_SPEEDING_OUTCOME } from '../../tickets/test-support/ticket-outcomes.js';
import { QC_QUOTE_OFFER } from '../../billing/quote/test-support/quote-offers.js';
import { SCORED_OUTCOME } from '../../knowledge/analysis/test-support/analysis-outcomes.js';
import { QC_PREPARED_MANDATE } from '../../signing/test-support/prepared-mandates.js';
import { runConversationTurn } from './run-conversation-turn.js';

const DIR = path.resolve(import.meta.dirname, '../../flows/conversation/snapshots');
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+-.+\.json$/.test(f))
  .map((file) => ({ file, version: Number(/^v(\d+)-/.exec(file)![1]), snapshot: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { value: unknown; context: Record<string, unknown> } }));

const input = { channel: 'sms' as const, market: 'qc' as const, language: 'fr' as const };
const help = interpretInbound({ text: 'AIDE', media: [] });

describe('stored conversations survive machine versions', () => {
  it('has fixtures of every released version up to the current one', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 1; v <= CONVERSATION_MACHINE_VERSION; v++) expect(versions.has(v)).toBe(true);
  });

  it.each(fixtures)('$file restores and continues where the driver was', async ({ snapshot, version }) => {
    const turn = await runConversationTurn({ stored: { snapshot, version }, input, event: snapshot.value === 'handoff' ? { type: 'STAFF.RELEASE' } : help });
    expect(turn.restarted).toBe(false);
    expect(turn.version).toBe(CONVERSATION_MACHINE_VERSION);
    expect(turn.context.consent).toBe(snapshot.context.consent);
    expect(turn.context.caseId).toBe(snapshot.context.caseId);
    expect(turn.effects.filter((e) => e.kind === 'reply').length).toBeGreaterThan(0);
  });

  it('resumes the pre-handoff step from a stored handoff (history kept across restore)', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v1-handoff.json')!;
    const turn = await runConversationTurn({ stored: { snapshot, version }, input, event: { type: 'STAFF.RELEASE' } });
    expect(turn.state).toBe('active.awaitingTicket');
  });

  it('restarts, keeping the language, rather than locking out a driver whose snapshot is unreadable', async () => {
    const turn = await runConversationTurn({ stored: { snapshot: { value: 'no-such-state', context: { language: 'es' } }, version: 1 }, input, event: interpretInbound({ text: 'hola', media: [] }) });
    expect(turn.restarted).toBe(true);
    expect(turn.state).toBe('active.consent');
    expect(turn.effects).toContainEqual({ kind: 'reply', key: 'consent.notice', language: 'es' });
  });

  it('restarts when a stored state no longer exists in the machine, without an uncaught error', async () => {
    const snapshot = structuredClone(fixtures.find((f) => f.file === 'v1-consent.json')!.snapshot) as { value: unknown };
    snapshot.value = { active: 'renamedState' };
    const turn = await runConversationTurn({ stored: { snapshot, version: 1 }, input, event: interpretInbound({ text: 'oui', media: [] }) });
    expect(turn.restarted).toBe(true);
    expect(turn.state).toBe('active.consent');
  });

  it('reads the photos already on a case opened by version 1 (before tickets were read) on the next message', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v1-intake.json')!;
    const inputs: unknown[] = [];
    const turn = await runConversationTurn({
      stored: { snapshot, version },
      input,
      event: interpretInbound({ text: 'allo?', media: [] }),
      actors: {
        readTicket: fromPromise(async ({ input: read }) => {
          inputs.push(read);
          return QC_SPEEDING_OUTCOME;
        }),
      },
    });
    expect(inputs).toEqual([{ caseId: snapshot.context.caseId, includeCaseMedia: true, media: [], text: 'allo?', market: 'qc', language: 'fr' }]);
    expect(turn.state).toBe('active.intake.confirming');
    expect(turn.effects.map((e) => e.kind)).toEqual(['recordTicket', 'replyTicketSummary']);
  });

  it('analyses a case confirmed by version 2 (before analyses existed) on the next message', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v2-analysis.json')!;
    const inputs: unknown[] = [];
    const turn = await runConversationTurn({
      stored: { snapshot, version },
      input,
      event: interpretInbound({ text: 'et alors?', media: [] }),
      actors: {
        analyseCase: fromPromise(async ({ input: request }) => {
          inputs.push(request);
          return SCORED_OUTCOME;
        }),
        quoteCase: fromPromise(async () => ({ ...QC_QUOTE_OFFER, caseId: snapshot.context.caseId as string })),
      },
    });
    expect(inputs).toEqual([expect.objectContaining({ caseId: snapshot.context.caseId, language: 'fr', ticket: snapshot.context.ticket })]);
    expect(turn.state).toBe('active.payment.awaitingPayment');
    expect(turn.effects.map((e) => e.kind)).toEqual(['recordAnalysis', 'replyAnalysis', 'recordQuote', 'replyQuote', 'scheduleTimer', 'scheduleTimer']);
  });

  it('quotes a case assessed by version 3 (before quotes existed) on the next message', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v3-assessed.json')!;
    const inputs: unknown[] = [];
    const turn = await runConversationTurn({
      stored: { snapshot, version },
      input,
      event: interpretInbound({ text: 'combien?', media: [] }),
      actors: {
        quoteCase: fromPromise(async ({ input: request }) => {
          inputs.push(request);
          return { ...QC_QUOTE_OFFER, caseId: snapshot.context.caseId as string };
        }),
      },
    });
    expect(inputs).toEqual([{ caseId: snapshot.context.caseId, ticket: snapshot.context.ticket, deadline: snapshot.context.deadline, language: snapshot.context.language }]);
    expect(turn.state).toBe('active.payment.awaitingPayment');
    expect(turn.context.quote?.quoteId).toBe(QC_QUOTE_OFFER.quoteId);
  });

  it('offers the mandate to a case paid under version 4 (before mandates existed) on the next message', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v4-paid.json')!;
    const inputs: unknown[] = [];
    const turn = await runConversationTurn({
      stored: { snapshot, version },
      input,
      event: interpretInbound({ text: 'et maintenant?', media: [] }),
      actors: {
        prepareMandate: fromPromise(async ({ input: request }) => {
          inputs.push(request);
          return { ...QC_PREPARED_MANDATE, offer: { ...QC_PREPARED_MANDATE.offer, caseId: snapshot.context.caseId as string } };
        }),
      },
    });
    expect(inputs).toEqual([{ caseId: snapshot.context.caseId, language: snapshot.context.language }]);
    expect(turn.state).toBe('active.mandate.awaitingSignature');
    expect(turn.effects.map((e) => e.kind)).toContain('recordMandate');
  });

  it('puts a case signed under version 5 (before reviews were posted) before a lawyer on the next message', async () => {
    const { snapshot, version } = fixtures.find((f) => f.file === 'v5-lawyer-review.json')!;
    const upgraded = upgradeSnapshot(snapshot, version);
    expect(upgraded.value).toEqual({ active: { lawyerReview: 'unposted' } });
    const turn = await runConversationTurn({ stored: { snapshot, version }, input, event: interpretInbound({ text: 'des nouvelles?', media: [] }) });
    expect(turn.state).toBe('active.lawyerReview.awaitingLawyer');
    expect(turn.effects).toEqual([
      { kind: 'requestLawyerReview', caseId: snapshot.context.caseId },
      { kind: 'reply', key: 'mandate.inReview', language: 'fr' },
    ]);
  });

  it('refuses to downgrade a snapshot from a newer machine', () => {
    expect(() => upgradeSnapshot(fixtures[0].snapshot, CONVERSATION_MACHINE_VERSION + 1)).toThrow(/newer/);
  });
});
