import type { DeadlineBasis } from '../tickets/deadlines/compute-response-deadline.js';
import { describeOffence } from '../tickets/offences/describe-offence.js';
import { ESSENTIAL_FIELDS, type TicketSummary } from '../tickets/ticket-intake-outcome.js';
import { CURRENCY_BY_JURISDICTION } from '../tickets/ticket-schema.js';
import { formatMoney, LOCALES } from './format-money.js';
import type { Language } from './languages.js';
import { type MessageKey, translate } from './translate.js';


const DEADLINE_BASIS_KEYS: Record<DeadlineBasis, MessageKey> = {
  qc_30_days_to_plead: 'deadlineBasis.qc_30_days_to_plead',
  on_15_days_to_choose: 'deadlineBasis.on_15_days_to_choose',
  nyc_tvb_15_days: 'deadlineBasis.nyc_tvb_15_days',
  ny_court_date: 'deadlineBasis.ny_court_date',
  printed_date: 'deadlineBasis.printed_date',
  unknown: 'deadlineBasis.unknown',
};

/** Below this, the summary says the photo was hard to read. */
export const LOW_CONFIDENCE = 0.6;


/** A calendar date (YYYY-MM-DD) in words; UTC so the day never shifts. */
export function formatCalendarDate(language: Language, isoDate: string, currency: 'CAD' | 'USD' = 'CAD'): string {
  return new Intl.DateTimeFormat(LOCALES[language][currency], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function listFields(language: Language, fields: string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(fields);
}

/**
 * The "here is what I read" message: one line per field, the deadline with
 * the days left and the rule behind it, then the question. Fields nobody
 * could read say so rather than being left out, so the driver sees the gap.
 */
export function renderTicketSummary(language: Language, summary: TicketSummary): string {
  const { draft, ticket, deadline, missing, additionalTickets } = summary;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(language, key, vars);
  const jurisdiction = ticket?.jurisdiction ?? draft.jurisdiction;
  const currency = jurisdiction ? CURRENCY_BY_JURISDICTION[jurisdiction] : 'CAD';
  const notRead = t('summary.notRead');
  const lines: string[] = [t('summary.title')];
  if ((ticket?.confidence ?? draft.confidence) < LOW_CONFIDENCE) lines.push(t('summary.lowConfidence'));

  if (jurisdiction) lines.push(t('summary.jurisdiction', { value: t(`jurisdiction.${jurisdiction}`) }));
  const court = ticket?.court ?? draft.court;
  if (court) lines.push(t('summary.court', { value: court }));

  let offence = notRead;
  if (ticket) {
    const described = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, speed: ticket.speed, language });
    offence = t('summary.offenceValue', { title: described.title, statute: described.statuteName, section: described.sectionLabel });
    if (ticket.speed) {
      offence += `, ${t('summary.speed', { recorded: ticket.speed.recorded, limit: ticket.speed.limit, unit: ticket.speed.unit })}`;
    }
  }
  lines.push(t('summary.offence', { value: offence }));

  const fineCents = ticket?.fineCents ?? draft.fineCents;
  if (fineCents !== null || missing.includes('fine')) {
    lines.push(t('summary.fine', { value: fineCents === null ? notRead : formatMoney(language, fineCents, currency) }));
  }
  const totalCents = ticket?.totalPayableCents ?? draft.totalPayableCents;
  if (totalCents !== null && totalCents !== fineCents) lines.push(t('summary.total', { value: formatMoney(language, totalCents, currency) }));

  if (ticket?.offenceCategory === 'camera') lines.push(t('summary.pointsCamera'));
  else if (ticket?.demeritPoints !== null && ticket?.demeritPoints !== undefined) lines.push(t('summary.points', { value: ticket.demeritPoints }));

  const issuedOn = ticket?.issuedOn ?? draft.issuedOn;
  lines.push(t('summary.date', { value: issuedOn ? formatCalendarDate(language, issuedOn, currency) : notRead }));
  const place = ticket?.location ?? draft.location;
  if (place) lines.push(t('summary.place', { value: place }));
  const number = ticket?.ticketNumber ?? draft.ticketNumber;
  lines.push(t('summary.ticketNumber', { value: number ?? notRead }));

  const deadlineLines: string[] = [];
  if (deadline?.respondBy && deadline.daysLeft !== null) {
    const date = formatCalendarDate(language, deadline.respondBy, currency);
    const basis = t(DEADLINE_BASIS_KEYS[deadline.basis]);
    if (deadline.daysLeft < 0) deadlineLines.push(t('summary.deadlinePast', { date, days: -deadline.daysLeft }));
    else if (deadline.daysLeft === 0) deadlineLines.push(t('summary.deadlineToday', { date, basis }));
    else {
      deadlineLines.push(t('summary.deadline', { date, days: deadline.daysLeft, basis }));
      if (deadline.urgent) deadlineLines.push(t('summary.deadlineUrgent', { days: deadline.daysLeft }));
    }
  } else if (!issuedOn) {
    deadlineLines.push(t('summary.deadlineNeedsDate'));
  } else {
    deadlineLines.push(t('summary.deadlineUnknown'));
  }

  const closing: string[] = [];
  if (additionalTickets > 0) closing.push(t('summary.secondTicket'));
  if (missing.length > 0) closing.push(t('summary.missing', { fields: listFields(language, missing.map((f) => t(`field.${f}`))) }));
  const essentialMissing = ESSENTIAL_FIELDS.some((field) => missing.includes(field));
  closing.push(essentialMissing ? t('summary.askMissing') : t('summary.confirm'));

  return [lines.join('\n'), deadlineLines.join('\n'), closing.join('\n')].join('\n\n');
}
