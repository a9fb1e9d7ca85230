import type { AppConfig } from '../config/load-config.js';
import { createKnowledgeSql } from '../db/create-knowledge-sql.js';
import type { Database } from '../db/create-database.js';
import type { Logger } from '../logging/create-logger.js';
import { createContestAnalyser, type ContestAnalyser } from '../../knowledge/analysis/create-contest-analyser.js';
import { createAnthropicAnalysisModel } from '../../knowledge/analysis/llm/create-anthropic-analysis-model.js';
import { createLlmContestAnalyser, type LlmContestAnalyser } from '../../knowledge/analysis/llm/create-llm-contest-analyser.js';
import { createOllamaAnalysisModel } from '../../knowledge/analysis/llm/create-ollama-analysis-model.js';
import { createVoyageEmbeddings } from '../../knowledge/embeddings/create-voyage-embeddings.js';
import { ingestCorpus, type IngestReport } from '../../knowledge/ingest/ingest-corpus.js';
import { loadCorpusChunks } from '../../knowledge/ingest/load-corpus-chunks.js';
import type { KnowledgeStore } from '../../knowledge/knowledge-store.js';
import { createKnowledgeRetriever } from '../../knowledge/retrieval/create-knowledge-retriever.js';
import { createPostgresKnowledgeStore } from '../../knowledge/stores/postgres/create-postgres-knowledge-store.js';
import { createQdrantKnowledgeStore } from '../../knowledge/stores/qdrant/create-qdrant-knowledge-store.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';

export interface KnowledgeBase {
  analyser: ContestAnalyser;
  /** Brings the store in line with knowledge/corpus (idempotent). */
  ingest(): Promise<IngestReport>;
}

export interface CreateKnowledgeBaseOptions {
  config: AppConfig;
  prisma: Database;
  logger: Logger;
}

/**
 * Wires the knowledge side from configuration: the store (PostgreSQL full
 * text in our database, or Qdrant), the retriever, and the analyser with its
 * models in order (Claude, Ollama) before the offline rules.
 */
export async function createKnowledgeBase({ config, prisma, logger }: CreateKnowledgeBaseOptions): Promise<KnowledgeBase> {
  // LangChain would send every prompt (tickets, names) to LangSmith if these
  // were set in the environment: personal data stays here.
  for (const name of ['LANGSMITH_TRACING', 'LANGCHAIN_TRACING_V2', 'LANGCHAIN_TRACING']) {
    if (process.env[name] && process.env[name] !== 'false') logger.warn({ variable: name }, 'LangSmith tracing disabled: tickets must not leave our systems');
    process.env[name] = 'false';
  }
  const chunks = await loadCorpusChunks();
  const coveredJurisdictions = new Set<Jurisdiction>(chunks.map((chunk) => chunk.metadata.jurisdiction));
  const store = createStore(config, prisma);
  const retriever = createKnowledgeRetriever({ store });

  const models: { engine: 'claude' | 'ollama'; analyser: LlmContestAnalyser }[] = [];
  if (config.anthropic.enabled && config.anthropic.apiKey) {
    const model = createAnthropicAnalysisModel({
      apiKey: config.anthropic.apiKey,
      model: config.anthropic.analysisModel,
      baseUrl: config.anthropic.baseUrl,
      timeoutMs: config.anthropic.analysisTimeoutMs,
      maxRetries: config.anthropic.maxRetries,
    });
    models.push({ engine: 'claude', analyser: createLlmContestAnalyser({ model, modelName: config.anthropic.analysisModel, retriever }) });
  }
  if (config.ollama.enabled && config.ollama.url) {
    const model = createOllamaAnalysisModel({ baseUrl: config.ollama.url, model: config.ollama.model });
    models.push({ engine: 'ollama', analyser: createLlmContestAnalyser({ model, modelName: config.ollama.model, retriever }) });
  }

  return {
    analyser: createContestAnalyser({ retriever, coveredJurisdictions, models, modelBudgetMs: config.analysis.modelBudgetMs }),
    ingest: () => ingestCorpus({ store, chunks }),
  };
}

function createStore(config: AppConfig, prisma: Database): KnowledgeStore {
  if (config.knowledge.backend === 'postgres') return createPostgresKnowledgeStore({ sql: createKnowledgeSql({ prisma }) });
  const { qdrant, voyage } = config.knowledge;
  return createQdrantKnowledgeStore({
    url: qdrant.url!,
    apiKey: qdrant.apiKey,
    collection: qdrant.collection,
    embeddings: voyage.enabled && voyage.apiKey ? createVoyageEmbeddings({ apiKey: voyage.apiKey, model: voyage.model, baseUrl: voyage.baseUrl }) : null,
  });
}
