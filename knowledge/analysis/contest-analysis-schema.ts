import { z } from 'zod';

/**
 * The contest analysis a driver and a lawyer see, whoever produced it (Claude,
 * Ollama or the offline rules). Its JSON names are a contract (the analysis
 * issue, the CLI's `analysis`, Case analyses in the database).
 *
 * Grounding: every citationId is the id of a chunk that retrieval returned for
 * this case; `citations` is built by our code from those chunks, never from
 * the model's words.
 */
const citationIdsSchema = z.array(z.string().min(1)).min(1);

export const contestFactorSchema = z.object({
  /** A few plain words, in the driver's language. */
  label: z.string().min(2).max(120),
  effect: z.enum(['+', '-']),
  /** How much it moves the score, 1..40 points. */
  weight: z.number().int().min(1).max(40),
  explanation: z.string().min(10).max(800),
  citationIds: citationIdsSchema,
});
export type ContestFactor = z.infer<typeof contestFactorSchema>;

export const legalOptionSchema = z.object({
  /** e.g. "plead_not_guilty", "early_resolution", "trial", "pay". */
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(2).max(120),
  explanation: z.string().min(10).max(800),
  /** The last day to take it, when the law sets one (YYYY-MM-DD). */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  citationIds: citationIdsSchema,
});
export type LegalOption = z.infer<typeof legalOptionSchema>;

export const consequencesIfPaidSchema = z.object({
  demeritPoints: z.number().int().min(0).nullable(),
  fineCents: z.number().int().min(0).nullable(),
  currency: z.enum(['CAD', 'USD']),
  /** Plain-words lines: insurance, licence, NY Driver Responsibility Assessment… */
  summary: z.array(z.string().min(5).max(500)).min(1).max(6),
  citationIds: citationIdsSchema,
});
export type ConsequencesIfPaid = z.infer<typeof consequencesIfPaidSchema>;

export const draftSchema = z.object({
  /** The court's language when it does not accept the driver's. */
  language: z.enum(['fr', 'en']),
  text: z.string().min(50),
  /** For the driver when the draft is not in their language. */
  translation: z.object({ language: z.enum(['fr', 'en', 'es']), text: z.string().min(50) }).nullable(),
});
export type ContestDraft = z.infer<typeof draftSchema>;

export const citationSchema = z.object({
  /** The chunk id. */
  id: z.string().min(1),
  citation: z.string().min(3),
  url: z.url(),
  excerpt: z.string().min(1).max(600),
});
export type Citation = z.infer<typeof citationSchema>;

export const contestAnalysisSchema = z.object({
  score: z.number().int().min(0).max(100),
  factors: z.array(contestFactorSchema).min(1).max(6),
  options: z.array(legalOptionSchema).min(1).max(5),
  consequencesIfPaid: consequencesIfPaidSchema,
  citations: z.array(citationSchema).min(1),
  draft: draftSchema,
});
export type ContestAnalysis = z.infer<typeof contestAnalysisSchema>;

/** What a model is asked to return: everything but `citations`, which our code builds from the chunks. */
export const modelAnalysisSchema = contestAnalysisSchema.omit({ citations: true });
export type ModelAnalysis = z.infer<typeof modelAnalysisSchema>;
