import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import { formatMandateDate } from './format-mandate-date.js';
import type { MandateDocument, MandateFacts } from './mandate-facts.js';
import { type MandatePlaceholder, type MandateTemplateSet, PLACEHOLDER_PATTERN } from './mandate-template.js';

export interface FillMandateTemplateOptions {
  templates: MandateTemplateSet;
  facts: MandateFacts;
}

/** "3 novembre 2026" wraps as a whole: a date cut across two lines reads badly. */
const unbreakable = (text: string) => text.replace(/ /g, '\u00a0');

/** A value is printed inside a sentence: a stray line break or run of spaces would show. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The firm types ordinary spaces; French typography wants them unbreakable before
 * ":" and "»" and after "«", so a line never starts with a lone colon.
 */
function frenchSpacing(text: string): string {
  return text.replace(/ +([:;!?»])/g, '\u00a0$1').replace(/« +/g, '«\u00a0');
}

function fill(text: string, values: Record<MandatePlaceholder, string>, language: Language): string {
  // The loader let through only known names, so every match has a value.
  const filled = text.replace(PLACEHOLDER_PATTERN, (_, name: MandatePlaceholder) => values[name]);
  return language === 'fr' ? frenchSpacing(filled) : filled;
}

/** The client's mandate in words: the template of the case's jurisdiction and language, its placeholders filled. */
export function fillMandateTemplate({ templates, facts }: FillMandateTemplateOptions): MandateDocument {
  const { language } = facts;
  const template = templates[facts.jurisdiction][language];
  const notStated = translate(language, 'mandate.pdf.notStated');
  const court = oneLine(facts.court ?? '') || template.defaultCourt;
  const values: Record<MandatePlaceholder, string> = {
    clientName: oneLine(facts.clientName),
    caseNumber: oneLine(facts.caseNumber),
    ticketNumber: oneLine(facts.ticketNumber ?? '') || notStated,
    offence: oneLine(facts.offence) || notStated,
    issuedOn: facts.issuedOn ? unbreakable(formatMandateDate({ language, date: facts.issuedOn })) : notStated,
    court,
    firmName: oneLine(facts.firm.name),
    firmAddress: facts.firm.address.map(oneLine).filter(Boolean).join(', '),
    preparedOn: unbreakable(formatMandateDate({ language, date: facts.preparedOn })),
  };
  return {
    templateId: template.id,
    templateVersion: template.version,
    jurisdiction: facts.jurisdiction,
    language,
    title: fill(template.title, values, language),
    paragraphs: template.paragraphs.map((paragraph) => fill(paragraph, values, language)),
    signatureLabel: fill(template.signatureLabel, values, language),
    facts: { ...facts, court },
  };
}
