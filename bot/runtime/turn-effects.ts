import type { Language } from '../../i18n/languages.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { MediaItem, TimerEventType } from '../../flows/conversation/conversation-events.js';

/**
 * What a turn asks the world to do. The machine's named actions record these
 * during the turn; they are applied afterwards, all in the transaction that
 * stores the new snapshot, so a turn's effects happen once or not at all.
 */
export type TurnEffect =
  | { kind: 'reply'; key: MessageKey; language: Language }
  | { kind: 'recordConsent'; consent: 'granted' | 'refused' }
  | { kind: 'forgetConversation' }
  | { kind: 'openCase'; caseId: string; media: MediaItem[]; text?: string }
  | { kind: 'attachToCase'; caseId: string; media: MediaItem[] }
  | { kind: 'setLanguage'; language: Language }
  | { kind: 'requestHandoff' }
  | { kind: 'endHandoff' }
  | { kind: 'eraseClientData' }
  | { kind: 'setOptOut'; optedOut: boolean }
  | { kind: 'scheduleTimer'; event: TimerEventType; delayMs: number }
  | { kind: 'cancelTimer'; event: TimerEventType };
