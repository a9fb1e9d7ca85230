import type { Language } from '../../../i18n/languages.js';
import { describeOffence } from '../../../tickets/offences/describe-offence.js';
import { isNewYorkCity } from '../../../tickets/deadlines/is-new-york-city.js';
import type { Ticket } from '../../../tickets/ticket-schema.js';
import type { ContestDraft } from '../contest-analysis-schema.js';
import { DRAFT_TEMPLATES, type DraftKind } from './draft-templates.js';

export interface RenderOfflineDraftOptions {
  ticket: Ticket;
  language: Language;
  today: string;
}

/**
 * The court's language: Quebec's courts take French or English (the driver's,
 * if one of them); Ontario's and New York's drafts are in English. A driver
 * who reads another language gets a translation beside it.
 */
export function renderOfflineDraft({ ticket, language, today }: RenderOfflineDraftOptions): ContestDraft {
  const kind = draftKind(ticket);
  const template = DRAFT_TEMPLATES[kind];
  const draftLanguage: 'fr' | 'en' = kind === 'qc' && language !== 'en' ? 'fr' : 'en';
  const text = fill(draftLanguage === 'fr' ? template.fr! : template.en, ticket, draftLanguage, today);
  const translationText = language === draftLanguage ? undefined : template.translations[language as 'fr' | 'es'];
  return {
    language: draftLanguage,
    text,
    translation: translationText ? { language, text: fill(translationText, ticket, language, today) } : null,
  };
}

function draftKind(ticket: Ticket): DraftKind {
  if (ticket.jurisdiction === 'QC') return 'qc';
  if (ticket.jurisdiction === 'ON') return 'on';
  return isNewYorkCity(ticket) ? 'ny_tvb' : 'ny_court';
}

const BLANK = { fr: '[à compléter]', en: '[to be completed]', es: '[por completar]' } as const;

function fill(template: string, ticket: Ticket, language: Language, today: string): string {
  const offence = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, language });
  const values: Record<string, string> = {
    defendant: BLANK[language],
    ticketNumber: ticket.ticketNumber ?? BLANK[language],
    issuedOn: ticket.issuedOn ?? BLANK[language],
    offence: offence.title,
    law: [offence.statuteName, offence.sectionLabel].filter(Boolean).join(', '),
    court: ticket.court ?? BLANK[language],
    location: ticket.location ?? BLANK[language],
    today,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
