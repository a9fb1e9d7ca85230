import { createActor, waitFor, type Snapshot } from 'xstate';
import type { ConversationEvent } from '../../flows/conversation/conversation-events.js';
import {
  CONVERSATION_MACHINE_VERSION,
  type ConversationContext,
  type ConversationInput,
  conversationMachine,
} from '../../flows/conversation/conversation-machine.js';
import { upgradeSnapshot } from '../../flows/conversation/upgrade-snapshot.js';
import type { TurnEffect } from './turn-effects.js';
import { createDataExportToken, DATA_EXPORT_VALID_DAYS } from '../privacy/create-data-export-token.js';

export interface RunConversationTurnOptions {
  /** The stored snapshot, null for a new conversation. */
  stored: { snapshot: unknown; version: number } | null;
  input: ConversationInput;
  event: ConversationEvent;
  /** The machine's actors (reading and revising the ticket); the runtime provides the real ones. */
  actors?: ConversationActors;
  /** How long the turn may wait for its actors before it fails (and the worker retries it). */
  actorTimeoutMs?: number;
}

export type ConversationActors = Partial<Parameters<typeof conversationMachine.provide>[0]['actors']>;

export interface ConversationTurn {
  snapshot: unknown;
  version: number;
  context: ConversationContext;
  /** Dotted state path, e.g. "active.consent", for staff views and logs. */
  state: string;
  effects: TurnEffect[];
  /** True when the stored snapshot could not be restored and the conversation restarted. */
  restarted: boolean;
}

export function stateToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    return key === undefined ? '' : `${key}.${stateToString(inner)}`;
  }
  return '';
}

/**
 * One turn: restore the conversation's actor from its snapshot (upgraded from
 * older machine versions), send the event, wait for the actors it started
 * (reading a ticket), collect the effects the machine asked for, and return
 * the new persisted snapshot. No I/O here but the actors' own: a snapshot is
 * only ever persisted between actors, never with one in flight, so a crash
 * mid-read simply replays the turn.
 */
export async function runConversationTurn({ stored, input, event, actors, actorTimeoutMs = 120_000 }: RunConversationTurnOptions): Promise<ConversationTurn> {
  const effects: TurnEffect[] = [];
  const machine = conversationMachine.provide({
    actions: {
      reply: ({ context }, params) =>
        effects.push({ kind: 'reply', key: params.key, language: context.language, ...(params.vars ? { vars: params.vars } : {}) }),
      replyTicketSummary: ({ context }, summary) => effects.push({ kind: 'replyTicketSummary', language: context.language, summary }),
      recordTicket: (_, params) => effects.push({ kind: 'recordTicket', ...params }),
      recordAnalysis: (_, params) => effects.push({ kind: 'recordAnalysis', ...params }),
      replyAnalysis: ({ context }, params) => effects.push({ kind: 'replyAnalysis', language: context.language, outcome: params.outcome }),
      recordQuote: (_, params) => effects.push({ kind: 'recordQuote', ...params }),
      replyQuote: ({ context }, params) => effects.push({ kind: 'replyQuote', language: context.language, ...params }),
      replyPayment: ({ context }, params) => effects.push({ kind: 'replyPayment', language: context.language, notice: params.notice }),
      expireQuote: (_, params) => effects.push({ kind: 'expireQuote', quoteId: params.quoteId }),
      recordEmail: (_, params) => effects.push({ kind: 'recordEmail', email: params.email }),
      recordMandate: (_, params) => effects.push({ kind: 'recordMandate', prepared: params.prepared }),
      replySignature: ({ context }, params) => effects.push({ kind: 'replySignature', language: context.language, notice: params.notice }),
      recordConsent: (_, params) => effects.push({ kind: 'recordConsent', consent: params.consent }),
      forgetConversation: () => effects.push({ kind: 'forgetConversation' }),
      openCase: (_, params) => effects.push({ kind: 'openCase', ...params }),
      attachToCase: (_, params) => effects.push({ kind: 'attachToCase', ...params }),
      setLanguage: (_, params) => effects.push({ kind: 'setLanguage', language: params.language }),
      requestHandoff: () => effects.push({ kind: 'requestHandoff' }),
      endHandoff: () => effects.push({ kind: 'endHandoff' }),
      eraseClientData: () => effects.push({ kind: 'eraseClientData' }),
      withdrawConsent: () => effects.push({ kind: 'withdrawConsent' }),
      // The link's secret is made here so the reply can carry it; only its SHA-256 is stored.
      sendDataExport: ({ context }) => {
        const { token, tokenSha256 } = createDataExportToken();
        effects.push({ kind: 'recordDataExport', tokenSha256, validMs: DATA_EXPORT_VALID_DAYS * 86_400_000 });
        effects.push({ kind: 'reply', key: 'privacy.exportReady', language: context.language, vars: { token, days: DATA_EXPORT_VALID_DAYS } });
      },
      setOptOut: (_, params) => effects.push({ kind: 'setOptOut', optedOut: params.optedOut }),
      replyReminders: ({ context }, params) => effects.push({ kind: 'replyReminders', language: context.language, optedOut: params.optedOut }),
      emailNotice: ({ context }, params) => effects.push({ kind: 'emailNotice', language: context.language, ...params }),
      requestLawyerReview: (_, params) => effects.push({ kind: 'requestLawyerReview', caseId: params.caseId }),
      relayAnswerToLawyer: (_, params) => effects.push({ kind: 'relayAnswerToLawyer', ...params }),
      scheduleTimer: (_, params) => effects.push({ kind: 'scheduleTimer', ...params }),
      cancelTimer: (_, params) => effects.push({ kind: 'cancelTimer', ...params }),
    },
    ...(actors ? { actors } : {}),
  });

  // XState reports actor errors asynchronously (an uncaught throw) unless
  // someone observes them: observe, and turn them into ordinary exceptions.
  const startActor = (options: Parameters<typeof createActor<typeof machine>>[1]) => {
    const errors: unknown[] = [];
    const actor = createActor(machine, options);
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    return { actor, errors };
  };

  let restarted = false;
  let started: ReturnType<typeof startActor> | undefined;
  if (stored) {
    try {
      const snapshot = upgradeSnapshot(stored.snapshot, stored.version) as unknown as Snapshot<unknown>;
      started = startActor({ snapshot, input });
      if (started.errors.length > 0 || started.actor.getSnapshot().status === 'error') throw started.errors[0] ?? new Error('restore failed');
    } catch {
      // A snapshot we cannot restore (a state renamed without an upgrade step,
      // a corrupt row) must not lock the driver out: start over, keeping the
      // language. The caller logs and audits `restarted`.
      started?.actor.stop();
      restarted = true;
      const language = (stored.snapshot as { context?: { language?: ConversationInput['language'] } })?.context?.language;
      started = startActor({ input: { ...input, language: language ?? input.language } });
    }
  } else {
    started = startActor({ input });
  }
  const { actor, errors } = started;
  actor.send(event);
  const idle = (snapshot: ReturnType<typeof actor.getSnapshot>) => snapshot.status !== 'active' || Object.keys(snapshot.children).length === 0;
  if (!idle(actor.getSnapshot())) {
    try {
      await waitFor(actor, idle, { timeout: actorTimeoutMs });
    } catch (error) {
      actor.stop();
      throw error;
    }
  }
  const current = actor.getSnapshot();
  if (errors.length > 0 || current.status === 'error') {
    actor.stop();
    throw errors[0] instanceof Error ? errors[0] : new Error('conversation machine failed during the turn');
  }
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return {
    snapshot: persisted,
    version: CONVERSATION_MACHINE_VERSION,
    context: current.context,
    state: stateToString(current.value),
    effects,
    restarted,
  };
}
