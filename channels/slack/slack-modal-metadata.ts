import { z } from 'zod';

/**
 * What a modal carries from the click that opened it to its submission (view.private_metadata).
 * `channel` is where the card lives: a view submission has no channel of its own, and a refusal or a
 * "nothing changed" after the submission is told there, in that channel's language.
 */
export const reviewModalMetadataSchema = z.object({
  reviewId: z.string().min(1),
  baseVersion: z.number().int().positive().optional(),
  /** A draft longer than one text box is in several: what joins part i to part i+1 ('\n', ' ' or ''). */
  separators: z.array(z.enum(['\n', ' ', ''])).max(40).optional(),
  channel: z.string().min(1).nullable().optional(),
});
export type ReviewModalMetadata = z.infer<typeof reviewModalMetadataSchema>;

export const caseModalMetadataSchema = z.object({
  caseId: z.string().min(1),
  channel: z.string().min(1).nullable().optional(),
});
export type CaseModalMetadata = z.infer<typeof caseModalMetadataSchema>;

/** Parses private_metadata with a schema; null when Slack sent something we did not write. */
export function readModalMetadata<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every modal's metadata carries the card's channel; read it before knowing which modal it is. */
export const anyModalMetadataSchema = z.object({ channel: z.string().min(1).nullable().optional() });
