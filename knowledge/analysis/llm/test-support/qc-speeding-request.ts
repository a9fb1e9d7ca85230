import type { Ticket } from '../../../../tickets/ticket-schema.js';
import type { LlmAnalysisRequest } from '../create-llm-contest-analyser.js';
import { QC_SOURCES } from './legal-chunks.js';

/** A confirmed Quebec speeding ticket (72 in a 50 zone, Montréal). */
export const QC_TICKET: Ticket = {
  jurisdiction: 'QC',
  offenceCategory: 'speeding',
  statute: 'CSR',
  section: '299',
  ticketNumber: '123456789',
  issuedOn: '2026-11-01',
  fineCents: 15000,
  totalPayableCents: 26700,
  currency: 'CAD',
  demeritPoints: 2,
  speed: { recorded: 72, limit: 50, unit: 'km/h' },
  location: 'Boul. René-Lévesque, Montréal',
  court: 'Cour municipale de Montréal',
  respondBy: '2026-12-01',
  confidence: 0.93,
};

/** Its analysis request from a French-speaking driver, with the sources retrieval found for it. */
export const QC_REQUEST: LlmAnalysisRequest = {
  ticket: QC_TICKET,
  language: 'fr',
  today: '2026-11-21',
  respondBy: '2026-12-01',
  sources: QC_SOURCES.map((chunk, rank) => ({ chunk, score: 0.9 - rank / 10 })),
};
