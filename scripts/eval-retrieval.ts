/**
 * Retrieval quality and speed on the labelled set (knowledge/eval/
 * retrieval-queries.json): recall@5 and MRR per backend, per language and per
 * jurisdiction, and p50/p95 latency of one search (query expansion included).
 * Prints a Markdown report for BENCHMARKS.md, or JSON with --json.
 *
 *   npx tsx scripts/eval-retrieval.ts [--backend postgres|qdrant|all] [--json]
 *
 * postgres: DATABASE_URL when set, otherwise an in-memory PGlite; the corpus
 * is ingested first (idempotent). qdrant: QDRANT_URL (+ VOYAGE_API_KEY for the
 * dense half), into the collection QDRANT_COLLECTION (default ticket911-eval).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDatabase } from '../bot/db/create-database.js';
import { createKnowledgeSql } from '../bot/db/create-knowledge-sql.js';
import { createVoyageEmbeddings } from '../knowledge/embeddings/create-voyage-embeddings.js';
import { rankDocuments, retrievalQuerySchema, scoreRetrieval, type QueryResult, type RetrievalQuery, type RetrievalScore } from '../knowledge/eval/score-retrieval.js';
import { ingestCorpus } from '../knowledge/ingest/ingest-corpus.js';
import { loadCorpusChunks } from '../knowledge/ingest/load-corpus-chunks.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { createKnowledgeRetriever } from '../knowledge/retrieval/create-knowledge-retriever.js';
import { createPostgresKnowledgeStore } from '../knowledge/stores/postgres/create-postgres-knowledge-store.js';
import { createQdrantKnowledgeStore } from '../knowledge/stores/qdrant/create-qdrant-knowledge-store.js';
import { createContestAnalyser } from '../knowledge/analysis/create-contest-analyser.js';
import { OFFENCE_CATALOG } from '../tickets/offences/offence-catalog.js';
import { CURRENCY_BY_JURISDICTION, type Ticket } from '../tickets/ticket-schema.js';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'all' }, json: { type: 'boolean', default: false } } });

const queries: RetrievalQuery[] = (
  JSON.parse(await readFile(path.resolve(import.meta.dirname, '../knowledge/eval/retrieval-queries.json'), 'utf8')) as unknown[]
).map((q) => retrievalQuerySchema.parse(q));
const chunks = await loadCorpusChunks();

interface BackendReport {
  backend: string;
  detail: string;
  /** The offline analyser on one ticket per catalogue offence, in each language. */
  offlineAnalysis: { analyses: number; scored: number; needsLawyer: string[]; p50Ms: number; p95Ms: number };
  overall: RetrievalScore;
  byLanguage: Record<string, RetrievalScore>;
  byJurisdiction: Record<string, RetrievalScore>;
  misses: { id: string; language: string; query: string; relevant: string[]; top5: string[] }[];
}

const reports: BackendReport[] = [];
const wanted = values.backend;

if (wanted === 'postgres' || wanted === 'all') {
  const db = await createDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { pgliteDataDir: 'memory://' });
  try {
    const store = createPostgresKnowledgeStore({ sql: createKnowledgeSql({ prisma: db.prisma }) });
    reports.push(await evaluate(store, `PostgreSQL full-text search (${db.kind === 'pglite' ? 'embedded PGlite, in memory' : 'PostgreSQL server'})`));
  } finally {
    await db.close();
  }
}
if (wanted === 'qdrant' || (wanted === 'all' && process.env.QDRANT_URL)) {
  if (!process.env.QDRANT_URL) throw new Error('--backend qdrant needs QDRANT_URL');
  const embeddings = process.env.VOYAGE_API_KEY ? createVoyageEmbeddings({ apiKey: process.env.VOYAGE_API_KEY, model: process.env.VOYAGE_MODEL }) : null;
  const store = createQdrantKnowledgeStore({
    url: process.env.QDRANT_URL,
    apiKey: process.env.QDRANT_API_KEY,
    collection: process.env.QDRANT_COLLECTION ?? 'ticket911-eval',
    embeddings,
  });
  reports.push(await evaluate(store, `Qdrant hybrid (${embeddings ? 'BM25 + Voyage, RRF' : 'BM25 only: no VOYAGE_API_KEY'})`));
}

async function evaluate(store: KnowledgeStore, detail: string): Promise<BackendReport> {
  await ingestCorpus({ store, chunks });
  const retriever = createKnowledgeRetriever({ store });
  // One warm-up search: the first query pays for plan caches and JIT.
  await retriever.retrieve({ text: 'warm up', jurisdiction: 'QC', limit: 5 });
  const results: QueryResult[] = [];
  for (const query of queries) {
    const started = performance.now();
    const hits = await retriever.retrieve({ text: query.query, jurisdiction: query.jurisdiction, categories: query.categories, limit: 10 });
    results.push({ query, ranked: rankDocuments(hits.map((h) => h.chunk.documentId)), ms: performance.now() - started });
  }
  const offlineAnalysis = await timeOfflineAnalyses(retriever);
  const group = (key: (q: RetrievalQuery) => string) => {
    const out: Record<string, RetrievalScore> = {};
    for (const name of [...new Set(queries.map(key))].sort()) out[name] = scoreRetrieval(results.filter((r) => key(r.query) === name));
    return out;
  };
  return {
    backend: store.backend,
    detail,
    offlineAnalysis,
    overall: scoreRetrieval(results),
    byLanguage: group((q) => q.language),
    byJurisdiction: group((q) => q.jurisdiction),
    misses: results
      .filter((r) => r.query.relevant.some((id) => !r.ranked.slice(0, 5).includes(id)))
      .map((r) => ({ id: r.query.id, language: r.query.language, query: r.query.query, relevant: r.query.relevant, top5: r.ranked.slice(0, 5) })),
  };
}

async function timeOfflineAnalyses(retriever: ReturnType<typeof createKnowledgeRetriever>) {
  const analyser = createContestAnalyser({ retriever, coveredJurisdictions: new Set(chunks.map((c) => c.metadata.jurisdiction)) });
  const times: number[] = [];
  const needsLawyer: string[] = [];
  for (const entry of OFFENCE_CATALOG) {
    for (const language of ['fr', 'en', 'es'] as const) {
      const speeding = entry.category === 'speeding' || entry.category === 'camera';
      const unit = entry.jurisdiction === 'NY' ? 'mph' : 'km/h';
      const ticket: Ticket = {
        jurisdiction: entry.jurisdiction,
        offenceCategory: entry.category,
        statute: entry.statute,
        section: entry.defaultSection ?? entry.sections[0] ?? '0',
        ticketNumber: 'X1234567',
        issuedOn: '2026-11-01',
        fineCents: 15000,
        totalPayableCents: null,
        currency: CURRENCY_BY_JURISDICTION[entry.jurisdiction],
        demeritPoints: null,
        speed: speeding ? { recorded: unit === 'mph' ? 68 : 72, limit: unit === 'mph' ? 55 : 50, unit } : null,
        location: entry.jurisdiction === 'NY' ? 'Main St, Albany' : null,
        court: null,
        respondBy: '2026-12-01',
        confidence: 0.9,
      };
      const started = performance.now();
      const outcome = await analyser.analyse({ ticket, language, today: '2026-11-21', respondBy: ticket.respondBy });
      times.push(performance.now() - started);
      if (outcome.status !== 'scored' && language === 'en') needsLawyer.push(`${entry.jurisdiction} ${entry.category}`);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { analyses: times.length, scored: times.length - needsLawyer.length * 3, needsLawyer, p50Ms: at(0.5), p95Ms: at(0.95) };
}

if (values.json) {
  console.log(JSON.stringify({ queries: queries.length, documents: new Set(chunks.map((c) => c.documentId)).size, chunks: chunks.length, reports }, null, 2));
} else {
  const f = (n: number) => n.toFixed(3);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`Retrieval eval: ${queries.length} queries, ${new Set(chunks.map((c) => c.documentId)).size} documents (${chunks.length} chunks)\n`);
  console.log('| Backend | Slice | Queries | Recall@5 | MRR | p50 | p95 |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of reports) {
    const row = (slice: string, s: RetrievalScore) => console.log(`| ${r.detail} | ${slice} | ${s.queries} | ${f(s.recallAt5)} | ${f(s.mrr)} | ${ms(s.p50Ms)} | ${ms(s.p95Ms)} |`);
    row('all', r.overall);
    for (const [name, s] of Object.entries(r.byLanguage)) row(name, s);
    for (const [name, s] of Object.entries(r.byJurisdiction)) row(name, s);
  }
  for (const r of reports) {
    const a = r.offlineAnalysis;
    console.log(
      `\nOffline analysis (${r.backend}): ${a.analyses} analyses (every catalogue offence × FR/EN/ES), ${a.scored} scored, ` +
        `p50 ${ms(a.p50Ms)}, p95 ${ms(a.p95Ms)}; no score (a lawyer looks): ${a.needsLawyer.join(', ') || 'none'}`,
    );
  }
  for (const r of reports) {
    console.log(`\nMisses (${r.backend}): ${r.misses.length}`);
    for (const m of r.misses) console.log(`- ${m.id} [${m.language}] "${m.query}" → wanted ${m.relevant.join(', ')}; top 5: ${m.top5.join(', ')}`);
  }
}
