import type { Language } from '../i18n/languages.js';
import { translate } from '../i18n/translate.js';
import type { ReminderKind } from './reminder-kinds.js';

/** What a REMINDERS line names: a case reminder, or one of the conversation's own nudges. */
export type ListedReminderKind = ReminderKind | 'payment' | 'mandate' | 'ticketNudge';

export interface ListedReminder {
  kind: ListedReminderKind;
  dueAt: Date;
  timeZone: string;
}

const LOCALE: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA', es: 'es-US' };

/** The answer to REMINDERS / RAPPELS / RECORDATORIOS: what will come and when, in the court's local time. */
export function renderReminderList({ language, reminders, optedOut }: { language: Language; reminders: readonly ListedReminder[]; optedOut: boolean }): string {
  if (optedOut) return translate(language, 'reminders.stopped');
  if (reminders.length === 0) return translate(language, 'reminders.none');
  const lines = reminders.map(({ kind, dueAt, timeZone }) => {
    const when = new Intl.DateTimeFormat(LOCALE[language], { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(dueAt);
    return translate(language, 'reminders.line', { when, what: translate(language, `reminders.what.${kind}`) });
  });
  return [translate(language, 'reminders.header'), ...lines].join('\n');
}
