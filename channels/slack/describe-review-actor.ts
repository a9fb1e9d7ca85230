import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { escapeSlackText } from './escape-slack-text.js';

/** `slack:U123` → a mention Slack renders with the lawyer's name; other actors in words. */
export function describeReviewActor({ actor, language }: { actor: string; language: Language }): string {
  const slackUser = /^slack:([A-Z0-9]+)$/.exec(actor);
  if (slackUser) return `<@${slackUser[1]}>`;
  if (actor.startsWith('staff:')) return translate(language, 'slack.actor.staff', { name: escapeSlackText(actor.slice('staff:'.length)) });
  if (actor === 'client') return translate(language, 'slack.actor.client');
  if (actor === 'system') return translate(language, 'slack.actor.system');
  return escapeSlackText(actor);
}
