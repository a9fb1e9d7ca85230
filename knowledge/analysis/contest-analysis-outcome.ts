import type { Language } from '../../i18n/languages.js';
import type { Jurisdiction, Ticket } from '../../tickets/ticket-schema.js';
import type { ContestAnalysis } from './contest-analysis-schema.js';

export type AnalysisEngine = 'claude' | 'ollama' | 'offline';

export interface ContestAnalysisRequest {
  ticket: Ticket;
  language: Language;
  /** YYYY-MM-DD in the case's time zone. */
  today: string;
  respondBy: string | null;
  /** Fields the driver confirmed are not on the ticket. */
  missingFields?: string[];
}

export interface AnalysisTimings {
  retrievalMs: number;
  analysisMs: number;
  totalMs: number;
}

/** What the analysis of one case produced, stored with the case so a lawyer sees why. */
export type ContestAnalysisOutcome =
  | {
      status: 'scored';
      analysis: ContestAnalysis;
      engine: AnalysisEngine;
      /** The model's name, null for the offline rules. */
      model: string | null;
      promptVersion: string;
      retrievedChunkIds: string[];
      timings: AnalysisTimings;
      /** The model was asked and failed (why, in fallbackReason): the offline answer is marked for review. */
      needsReview: boolean;
      fallbackReason: string | null;
    }
  | { status: 'needs_lawyer'; reason: 'no_relevant_sources'; retrievedChunkIds: string[]; timings: AnalysisTimings }
  | { status: 'refused'; reason: 'jurisdiction_not_covered'; jurisdiction: Jurisdiction };
