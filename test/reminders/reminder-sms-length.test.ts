import { describe, expect, it } from 'vitest';
import { countSmsSegments, toSmsText } from '../../channels/twilio/to-sms-text.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { translate, type MessageKey } from '../../i18n/translate.js';
import { REMINDER_KINDS } from '../../reminders/reminder-kinds.js';

/** Realistic long values: a long court name, a long date. */
const VARS = {
  caseNumber: 'T911-000042',
  date: '30 septembre 2026',
  time: '13:30',
  court: 'Cour municipale de Montréal',
  room: ', salle 3.10',
};

/**
 * French and English fit the GSM alphabet (é, è, à are in it; the typographic
 * spaces and apostrophes are swapped by the SMS sender): two segments at most.
 * Spanish needs á, í, ó, ú, which GSM lacks: UCS-2, three segments at most.
 */
const LIMIT = { fr: { encoding: 'GSM-7', segments: 2 }, en: { encoding: 'GSM-7', segments: 2 }, es: { encoding: 'UCS-2', segments: 3 } } as const;

describe('reminders stay within two SMS segments (three in Spanish)', () => {
  for (const language of LANGUAGES) {
    for (const kind of REMINDER_KINDS) {
      it(`${language} ${kind}`, () => {
        for (const jurisdiction of ['QC', 'ON', 'NY'] as const) {
          const bring = translate(language, `reminder.bring.${jurisdiction}`);
          const text = toSmsText(translate(language, `reminder.${kind}` as MessageKey, { ...VARS, bring }));
          const { encoding, segments } = countSmsSegments(text);
          expect(encoding, text).toBe(LIMIT[language].encoding);
          expect(segments, text).toBeLessThanOrEqual(LIMIT[language].segments);
        }
      });
    }
  }
});
