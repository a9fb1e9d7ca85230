import type { Language } from '../../i18n/languages.js';
import { detectLanguage } from './detect-language.js';
import type { ConversationEvent, MediaItem } from './conversation-events.js';

export type Command = 'help' | 'status' | 'reminders' | 'agent' | 'delete' | 'access' | 'withdraw' | 'stop' | 'start';

/** Accents, case, spacing and trailing punctuation do not matter: "arrêt", "ARRET!" and " Arret " are one command. */
export function normalizeCommand(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[’']/g, '')
    .replace(/[.!?¡¿,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMMANDS: Record<string, Command> = {
  HELP: 'help', AIDE: 'help', AYUDA: 'help', INFO: 'help',
  STATUS: 'status', STATUT: 'status', ESTADO: 'status',
  REMINDERS: 'reminders', REMINDER: 'reminders', RAPPELS: 'reminders', RAPPEL: 'reminders', RECORDATORIOS: 'reminders', RECORDATORIO: 'reminders',
  AGENT: 'agent', AGENTE: 'agent', HUMAN: 'agent', HUMAIN: 'agent', HUMANO: 'agent',
  // Whole-message matches only: "MY DATA" is a copy, "DELETE MY DATA" an erasure.
  ACCESS: 'access', ACCES: 'access', ACCESO: 'access', 'MY DATA': 'access', 'MES DONNEES': 'access', 'MIS DATOS': 'access',
  'WITHDRAW CONSENT': 'withdraw', 'WITHDRAW MY CONSENT': 'withdraw', 'RETIRER MON CONSENTEMENT': 'withdraw', 'RETIRER CONSENTEMENT': 'withdraw',
  'RETIRAR CONSENTIMIENTO': 'withdraw', 'RETIRAR MI CONSENTIMIENTO': 'withdraw',
  'DELETE MY DATA': 'delete', 'SUPPRIMER MES DONNEES': 'delete', 'EFFACER MES DONNEES': 'delete', 'BORRAR MIS DATOS': 'delete', 'ELIMINAR MIS DATOS': 'delete',
  // Carrier opt-out keywords (Twilio's defaults) plus the French ARRET/ARRÊT.
  STOP: 'stop', STOPALL: 'stop', UNSUBSCRIBE: 'stop', CANCEL: 'stop', END: 'stop', QUIT: 'stop', ARRET: 'stop', ARRETER: 'stop',
  START: 'start', UNSTOP: 'start', COMMENCER: 'start', REPRENDRE: 'start',
};

/** Keywords the carrier (Twilio Advanced Opt-Out) already answers on SMS: we must not answer them twice. */
export const CARRIER_HANDLED_KEYWORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'START', 'UNSTOP']);

const LANGUAGE_SWITCHES: Record<string, Language> = {
  FR: 'fr', FRANCAIS: 'fr', FRENCH: 'fr',
  EN: 'en', ENGLISH: 'en', ANGLAIS: 'en', INGLES: 'en',
  ES: 'es', ESPANOL: 'es', SPANISH: 'es', ESPAGNOL: 'es',
};

const YES = new Set(['YES', 'Y', 'YEP', 'YEAH', 'OUI', 'O', 'OUAIS', 'SI', 'S', 'OK', 'OKAY', 'DACCORD', 'JACCEPTE', 'I AGREE', 'AGREE', 'ACCEPT', 'ACEPTO', 'DE ACUERDO', 'CLARO',
  'CORRECT', 'EXACT', 'CEST EXACT', 'CEST BON', 'OUI CEST BON', 'OUI CEST EXACT', 'THATS RIGHT', 'YES THATS RIGHT', 'YES ITS RIGHT', 'ITS RIGHT', 'ALL GOOD', 'PERFECT', 'PARFAIT', 'CORRECTO', 'ES CORRECTO', 'SI ES CORRECTO', 'PERFECTO', 'TODO BIEN']);
const NO = new Set(['NO', 'N', 'NON', 'NOPE', 'JE REFUSE', 'REFUSE', 'I DECLINE', 'DECLINE', 'NO ACEPTO']);

export function readYesNo(text: string): 'yes' | 'no' | null {
  const normalized = normalizeCommand(text);
  if (YES.has(normalized)) return 'yes';
  if (NO.has(normalized)) return 'no';
  return null;
}

export interface InterpretInboundOptions {
  text?: string;
  media: MediaItem[];
}

/** A ticket arrives as a photo or as a scanned PDF (its first page is read). */
export function isTicketDocument(contentType: string): boolean {
  return contentType.startsWith('image/') || contentType === 'application/pdf';
}

/** Turns what a driver sent into one machine event. Pure: no I/O. */
export function interpretInbound({ text, media }: InterpretInboundOptions): ConversationEvent {
  const trimmed = text?.trim() ?? '';
  if (media.length > 0) {
    return {
      type: 'USER.MEDIA',
      documents: media.filter((m) => m.available && isTicketDocument(m.contentType)),
      others: media.filter((m) => !m.available || !isTicketDocument(m.contentType)),
      text: trimmed || undefined,
      detectedLanguage: trimmed ? detectLanguage(trimmed) : null,
    };
  }
  const normalized = normalizeCommand(trimmed);
  const command = COMMANDS[normalized];
  if (command) return { type: 'USER.COMMAND', command, keyword: normalized };
  const language = LANGUAGE_SWITCHES[normalized];
  if (language) return { type: 'USER.LANGUAGE', language };
  return { type: 'USER.TEXT', text: trimmed, answer: readYesNo(trimmed), detectedLanguage: detectLanguage(trimmed) };
}
