import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BaseDocumentLoader } from '@langchain/core/document_loaders/base';
import { Document } from '@langchain/core/documents';
import { parse as parseYaml } from 'yaml';
import { knowledgeDocumentMetadataSchema, type KnowledgeDocumentMetadata } from '../knowledge-chunk.js';

export class CorpusFormatError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'CorpusFormatError';
  }
}

/**
 * A LangChain document loader for knowledge/corpus: every `*.md` file below
 * the folder (README and VERIFICATION files excepted) is one document, its YAML
 * front matter validated as KnowledgeDocumentMetadata. A malformed file stops
 * the load: a corpus with a silently missing statute would score cases wrong.
 */
export class CorpusDirectoryLoader extends BaseDocumentLoader {
  constructor(private readonly directory: string) {
    super();
  }

  async load(): Promise<Document<KnowledgeDocumentMetadata>[]> {
    const files = (await listMarkdownFiles(this.directory)).sort();
    const documents: Document<KnowledgeDocumentMetadata>[] = [];
    const seen = new Map<string, string>();
    for (const file of files) {
      const relative = path.relative(this.directory, file);
      const { metadata, body } = parseCorpusFile(relative, await readFile(file, 'utf8'));
      const expectedId = path.basename(file, '.md');
      if (metadata.id !== expectedId) throw new CorpusFormatError(relative, [`id "${metadata.id}" must equal the file name "${expectedId}"`]);
      const other = seen.get(metadata.id);
      if (other) throw new CorpusFormatError(relative, [`id "${metadata.id}" is also used by ${other}`]);
      seen.set(metadata.id, relative);
      documents.push(new Document({ pageContent: body, metadata, id: metadata.id }));
    }
    return documents;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const NOT_DOCUMENTS = new Set(['readme.md', 'verification.md']);

function parseCorpusFile(file: string, text: string): { metadata: KnowledgeDocumentMetadata; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new CorpusFormatError(file, ['no YAML front matter between --- lines']);
  let raw: unknown;
  try {
    // Dates stay strings: the schema wants YYYY-MM-DD, not a Date.
    raw = parseYaml(match[1]!, { schema: 'core' });
  } catch (error) {
    throw new CorpusFormatError(file, [`front matter is not YAML: ${(error as Error).message}`]);
  }
  const parsed = knowledgeDocumentMetadataSchema.safeParse(raw);
  if (!parsed.success) throw new CorpusFormatError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const body = match[2]!.trim();
  if (body.length < 40) throw new CorpusFormatError(file, ['the text is missing or too short']);
  return { metadata: parsed.data, body };
}

async function listMarkdownFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return listMarkdownFiles(full);
      return entry.name.endsWith('.md') && !NOT_DOCUMENTS.has(entry.name.toLowerCase()) ? [full] : [];
    }),
  );
  return nested.flat();
}
