import { describe, expect, it } from 'vitest';
import { QC_SPEEDING_OUTCOME } from '../tickets/test-support/ticket-outcomes.js';
import type { TicketSummary } from '../tickets/ticket-intake-outcome.js';
import { renderTicketSummary } from './render-ticket-summary.js';

const summary: TicketSummary = QC_SPEEDING_OUTCOME;

describe('renderTicketSummary', () => {
  it('shows every field, the deadline with days left and the rule, then asks in French', () => {
    expect(renderTicketSummary('fr', summary)).toBe(
      [
        'Voici ce que j’ai lu sur votre constat :',
        '• Juridiction : Québec',
        '• Tribunal : Cour municipale de Montréal',
        '• Infraction : Excès de vitesse (Code de la sécurité routière, art. 299), 78 km/h dans une zone de 50 km/h',
        '• Amende : 143,00\u00a0$',
        '• Total à payer (avec les frais) : 233,00\u00a0$',
        '• Points d’inaptitude : 2',
        '• Date : 10 novembre 2026',
        '• Lieu : rue Sherbrooke, Montréal',
        '• No du constat : 812345678',
        '',
        'Délai pour répondre : 10 décembre 2026, il reste 19 jours (30 jours après le constat pour enregistrer un plaidoyer, Code de procédure pénale).',
        '',
        'Est-ce exact? Répondez OUI, ou dites-moi quoi corriger (p. ex. « l’amende est de 250 $ »).',
      ].join('\n'),
    );
  });

  it('speaks English and Spanish with their money and date formats', () => {
    const en = renderTicketSummary('en', summary);
    expect(en).toContain('• Fine: $143.00');
    expect(en).toContain('Deadline to answer: December 10, 2026, 19 days left');
    const es = renderTicketSummary('es', summary);
    expect(es).toContain('• Fecha: 10 de noviembre de 2026');
    expect(es).toContain('quedan 19 días');
  });

  it('flags a near deadline as urgent and a past one plainly', () => {
    const near = renderTicketSummary('en', { ...summary, deadline: { ...summary.deadline!, daysLeft: 3, urgent: true } });
    expect(near).toContain('⚠ Only 3 days left: we have marked your case urgent.');
    const past = renderTicketSummary('en', { ...summary, deadline: { ...summary.deadline!, respondBy: '2026-11-18', daysLeft: -3, urgent: true, past: true } });
    expect(past).toContain('⚠ The deadline to answer was November 18, 2026 (3 days ago).');
  });

  it('says what could not be read and asks for it instead of confirming', () => {
    const text = renderTicketSummary('en', {
      ...summary,
      ticket: null,
      deadline: null,
      missing: ['offence', 'issuedOn', 'fine'],
      draft: { ...summary.draft, offenceCategory: null, offenceText: null, section: null, issuedOn: null, fineCents: null },
    });
    expect(text).toContain('• Offence: not read');
    expect(text).toContain('• Date: not read');
    expect(text).toContain('I could not read: the offence, the date, and the fine.');
    expect(text).toContain('Please type them');
    expect(text).not.toContain('Is this right?');
  });

  it('mentions a second ticket in the photo and a hard-to-read photo', () => {
    const text = renderTicketSummary('en', { ...summary, additionalTickets: 1, draft: { ...summary.draft, confidence: 0.4 }, ticket: { ...summary.ticket!, confidence: 0.4 } });
    expect(text).toContain('I also see another ticket in this photo');
    expect(text).toContain('The photo was hard to read');
  });

  it('says a camera ticket carries no points', () => {
    const text = renderTicketSummary('en', { ...summary, ticket: { ...summary.ticket!, offenceCategory: 'camera', demeritPoints: 0 } });
    expect(text).toContain('Demerit points: none (camera ticket');
  });
});
