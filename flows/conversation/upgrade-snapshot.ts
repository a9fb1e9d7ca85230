import { z } from 'zod';
import { CONVERSATION_MACHINE_VERSION } from './conversation-machine.js';

/** The parts of an XState persisted snapshot we rely on; the rest passes through. */
export const persistedSnapshotSchema = z
  .object({
    status: z.enum(['active', 'done', 'error', 'stopped']),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: z
      .object({
        language: z.enum(['fr', 'en', 'es']),
        channel: z.enum(['sms', 'whatsapp', 'web', 'botframework']),
      })
      .passthrough(),
  })
  .passthrough();

export type PersistedSnapshot = z.infer<typeof persistedSnapshotSchema>;

/**
 * Steps from version N to N+1, applied in order to a snapshot stored by an
 * older machine. Add one with every CONVERSATION_MACHINE_VERSION bump, e.g.
 * a renamed state: `2: (s) => ({ ...s, value: rename(s.value, 'old', 'new') })`.
 */
const UPGRADES: Record<number, (snapshot: PersistedSnapshot) => PersistedSnapshot> = {
  // v2: ticket intake. The v1 `intake` placeholder (a case opened, its photos
  // never read) becomes `intake.rereading`, which reads them on the next message.
  2: (snapshot) => ({
    ...snapshot,
    value: replaceState(snapshot.value, ['active', 'intake'], { intake: 'rereading' }),
    historyValue: renameHistoryTargets(snapshot.historyValue, 'conversation.active.intake', 'conversation.active.intake.rereading'),
    context: { ...snapshot.context, ticketDraft: null, ticket: null, deadline: null, missingFields: [], additionalTickets: 0, pendingMedia: [] },
  }),
  // v3: contest analysis. A v2 case waiting in `analysis` (confirmed, never
  // analysed) goes to `analysis.pendingAnalysis`, analysed on the next message.
  3: (snapshot) => ({
    ...snapshot,
    value: replaceNestedState(snapshot.value, ['active', 'analysis'], 'pendingAnalysis'),
    historyValue: ['waiting', 'secondTicket'].reduce(
      (history, old) => renameHistoryTargets(history, `conversation.active.analysis.${old}`, 'conversation.active.analysis.pendingAnalysis'),
      snapshot.historyValue,
    ),
  }),
  // v4: quotes and payment. A v3 case in `analysis.assessed` (scored, never
  // quoted) stays there and is quoted on the next message; nothing is renamed.
  4: (snapshot) => ({ ...snapshot, context: { ...snapshot.context, quote: null } }),
  // v5: the mandate to e-sign. A v4 case in `payment.paid` stays there and is
  // offered the mandate on the next message; nothing is renamed.
  5: (snapshot) => ({ ...snapshot, context: { ...snapshot.context, mandate: null } }),
  // v6: lawyer review. The v5 `lawyerReview` waiting state (signed, never put
  // before a lawyer) becomes `lawyerReview.unposted`, posted on the next message.
  6: (snapshot) => ({
    ...snapshot,
    value: replaceState(snapshot.value, ['active', 'lawyerReview'], { lawyerReview: 'unposted' }),
    historyValue: renameHistoryTargets(snapshot.historyValue, 'conversation.active.lawyerReview', 'conversation.active.lawyerReview.unposted'),
  }),
};

/** Sets the child state under `path` (e.g. active → analysis → waiting) to `child`, when the snapshot is there. */
function replaceNestedState(value: PersistedSnapshot['value'], path: [string, string], child: string): PersistedSnapshot['value'] {
  const [parent, state] = path;
  if (typeof value !== 'object') return value;
  const inner = value[parent];
  if (typeof inner === 'object' && inner !== null && state in inner) return { ...value, [parent]: { [state]: child } };
  return value;
}

/** Replaces an atomic state at `path` (e.g. active → intake) by a compound value. */
function replaceState(value: PersistedSnapshot['value'], path: [string, string], replacement: Record<string, string>): PersistedSnapshot['value'] {
  const [parent, child] = path;
  if (typeof value === 'object' && value[parent] === child) return { ...value, [parent]: replacement };
  return value;
}

function renameHistoryTargets(history: unknown, from: string, to: string): unknown {
  if (!history || typeof history !== 'object') return history;
  return Object.fromEntries(
    Object.entries(history as Record<string, { id: string }[]>).map(([key, targets]) => [
      key,
      Array.isArray(targets) ? targets.map((target) => (target?.id === from ? { ...target, id: to } : target)) : targets,
    ]),
  );
}

export class SnapshotUpgradeError extends Error {
  name = 'SnapshotUpgradeError';
}

export function upgradeSnapshot(raw: unknown, fromVersion: number): PersistedSnapshot {
  if (fromVersion > CONVERSATION_MACHINE_VERSION) {
    throw new SnapshotUpgradeError(`Snapshot version ${fromVersion} is newer than this machine (${CONVERSATION_MACHINE_VERSION}): roll forward`);
  }
  const parsed = persistedSnapshotSchema.safeParse(raw);
  if (!parsed.success) throw new SnapshotUpgradeError(`Stored snapshot is not valid: ${parsed.error.issues[0]?.message}`);
  let snapshot = parsed.data;
  for (let version = fromVersion + 1; version <= CONVERSATION_MACHINE_VERSION; version += 1) {
    const step = UPGRADES[version];
    if (!step) throw new SnapshotUpgradeError(`No upgrade from version ${version - 1} to ${version}`);
    snapshot = persistedSnapshotSchema.parse(step(snapshot));
  }
  return snapshot;
}
