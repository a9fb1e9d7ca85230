import { en, type MessageKey } from './catalog-en.js';
import { es } from './catalog-es.js';
import { fr } from './catalog-fr.js';
import type { Language } from './languages.js';

export type { MessageKey };
export type MessageVars = Record<string, string | number>;

export const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr, es };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

/** Fills {placeholders}; a missing variable is a bug, so it throws rather than sending "{caseNumber}" to a driver. */
export function translate(language: Language, key: MessageKey, vars: MessageVars = {}): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`Missing variable {${name}} for message ${key}`);
    return String(vars[name]);
  });
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
