import { z } from 'zod';
import { jurisdictionSchema, offenceCategorySchema } from '../tickets/ticket-schema.js';

/**
 * What the legal corpus is made of and what retrieval hands back. A document is
 * one statute section, regulation, procedure rule or case summary (a Markdown
 * file under knowledge/corpus with front matter); a chunk is a piece of it.
 */
export const DOCUMENT_KINDS = ['statute', 'regulation', 'case', 'procedure'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const knowledgeDocumentMetadataSchema = z.object({
  /** Stable, unique, kebab-case, e.g. "qc-csr-328" or "scc-jordan-2016". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  jurisdiction: jurisdictionSchema,
  kind: z.enum(DOCUMENT_KINDS),
  /** As a court would cite it, e.g. "R. v. Jordan, 2016 SCC 27" or "CSR, RLRQ c. C-24.2, art. 328". */
  citation: z.string().min(3),
  title: z.string().min(3),
  /** The language the text in the file is written in. */
  language: z.enum(['fr', 'en']),
  sourceUrl: z.url(),
  /** Decision date, or the date the statute text was checked in force. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Offence categories it bears on; empty means procedure that applies to every offence. */
  categories: z.array(offenceCategorySchema),
});
export type KnowledgeDocumentMetadata = z.infer<typeof knowledgeDocumentMetadataSchema>;

export interface KnowledgeChunk {
  /** `${documentId}#${index}`: stable while the document's text does not move. */
  id: string;
  documentId: string;
  index: number;
  text: string;
  /** SHA-256 of the text and metadata: unchanged chunks are not re-indexed or re-embedded. */
  contentHash: string;
  metadata: KnowledgeDocumentMetadata;
}

export interface KnowledgeSearchQuery {
  text: string;
  jurisdiction: z.infer<typeof jurisdictionSchema>;
  /** A hint: chunks tagged with these categories (or with none, i.e. general procedure) rank higher. */
  categories?: readonly z.infer<typeof offenceCategorySchema>[];
  limit: number;
}

export interface KnowledgeSearchHit {
  chunk: KnowledgeChunk;
  /** Backend-specific relevance; higher is better, comparable only within one result list. */
  score: number;
}
