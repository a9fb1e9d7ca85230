import type { AppConfig } from '../config/load-config.js';
import { createKnowledgeSql } from '../db/create-knowledge-sql.js';
import type { Database } from '../db/create-database.js';
import type { Logger } from '../logging/create-logger.js';
import type { ProviderBreakers } from '../resilience/create-provider-breakers.js';
import { createFailoverKnowledgeStore } from '../resilience/create-failover-knowledge-store.js';
import { guardEmbeddings } from '../resilience/guard-embeddings.js';
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
  /** The process's circuit breakers (bot/resilience); absent (CLI, scripts): calls go straight out. */
  breakers?: ProviderBreakers;
}

/**
 * Wires the knowledge side from configuration: the store (PostgreSQL full
 * text in our database, or Qdrant), the retriever, and the analyser with its
 * models in order (Claude, Ollama) before the offline rules.
 */
export async function createKnowledgeBase({ config, prisma, logger, breakers }: CreateKnowledgeBaseOptions): Promise<KnowledgeBase> {
  // LangChain would send every prompt (tickets, names) to LangSmith if these
  // were set in the environment: personal data stays here.
  for (const name of ['LANGSMITH_TRACING', 'LANGCHAIN_TRACING_V2', 'LANGCHAIN_TRACING']) {
    if (process.env[name] && process.env[name] !== 'false') logger.warn({ variable: name }, 'LangSmith tracing disabled: tickets must not leave our systems');
    process.env[name] = 'false';
  }
  const chunks = await loadCorpusChunks();
  const coveredJurisdictions = new Set<Jurisdiction>(chunks.map((chunk) => chunk.metadata.jurisdiction));
  const configured = createStore(config, prisma, breakers);
  // Qdrant behind its breaker, with the corpus also in PostgreSQL full text to answer while it is down.
  const fallbackStore = configured.backend === 'qdrant' && breakers ? createPostgresKnowledgeStore({ sql: createKnowledgeSql({ prisma }) }) : undefined;
  const failover = fallbackStore ? createFailoverKnowledgeStore({ primary: configured, fallback: fallbackStore, guard: breakers!.qdrant, logger }) : undefined;
  const store = failover ?? configured;
  const retriever = createKnowledgeRetriever({ store });

  const models: { engine: 'claude' | 'ollama'; analyser: LlmContestAnalyser }[] = [];
  if (config.anthropic.enabled && config.anthropic.apiKey) {
    const model = createAnthropicAnalysisModel({
      apiKey: config.anthropic.apiKey,
      model: config.anthropic.analysisModel,
      baseUrl: config.anthropic.baseUrl,
      timeoutMs: config.anthropic.analysisTimeoutMs,
      maxRetries: config.anthropic.maxRetries,
      ...(breakers ? { fetch: breakers.anthropic.guardFetch() } : {}),
    });
    models.push({ engine: 'claude', analyser: createLlmContestAnalyser({ model, modelName: config.anthropic.analysisModel, retriever }) });
  }
  if (config.ollama.enabled && config.ollama.url) {
    const model = createOllamaAnalysisModel({ baseUrl: config.ollama.url, model: config.ollama.model, ...(breakers ? { fetch: breakers.ollama.guardFetch() } : {}) });
    models.push({ engine: 'ollama', analyser: createLlmContestAnalyser({ model, modelName: config.ollama.model, retriever }) });
  }

  return {
    analyser: createContestAnalyser({ retriever, coveredJurisdictions, models, modelBudgetMs: config.analysis.modelBudgetMs, countRetrievalFallbacks: failover?.countFallbacks }),
    ingest: async () => {
      if (!fallbackStore) return ingestCorpus({ store, chunks });
      const backup = await ingestCorpus({ store: fallbackStore, chunks });
      try {
        return await ingestCorpus({ store, chunks });
      } catch (error) {
        // Qdrant (or Voyage) down at start: searches fail over to the full-text copy until a restart ingests it.
        logger.error({ err: error }, 'Qdrant ingestion failed: full-text search answers, analyses marked for review');
        return backup;
      }
    },
  };
}

function createStore(config: AppConfig, prisma: Database, breakers?: ProviderBreakers): KnowledgeStore {
  if (config.knowledge.backend === 'postgres') return createPostgresKnowledgeStore({ sql: createKnowledgeSql({ prisma }) });
  const { qdrant, voyage } = config.knowledge;
  const embeddings = voyage.enabled && voyage.apiKey ? createVoyageEmbeddings({ apiKey: voyage.apiKey, model: voyage.model, baseUrl: voyage.baseUrl }) : null;
  return createQdrantKnowledgeStore({
    url: qdrant.url!,
    apiKey: qdrant.apiKey,
    collection: qdrant.collection,
    embeddings: embeddings && breakers ? guardEmbeddings({ embeddings, guard: breakers.voyage }) : embeddings,
  });
}
