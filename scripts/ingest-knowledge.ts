/**
 * `npm run knowledge:ingest`: loads knowledge/corpus (LangChain loader and
 * Markdown splitter) into the configured knowledge store — the service's own
 * database (DATABASE_URL, or the embedded PGlite under DATA_DIR) or Qdrant
 * (KNOWLEDGE_BACKEND=qdrant) — writing only new and changed chunks and
 * deleting removed ones. Safe to re-run; the service also runs it at start.
 */
import path from 'node:path';
import { loadConfig } from '../bot/config/load-config.js';
import { createDatabase } from '../bot/db/create-database.js';
import { createLogger } from '../bot/logging/create-logger.js';
import { createKnowledgeBase } from '../bot/server/create-knowledge-base.js';

const config = loadConfig();
const logger = createLogger({ level: config.log.level });
const db = await createDatabase({ url: config.database.url, pgliteDataDir: path.join(config.dataDir, 'pglite') });
try {
  const knowledge = await createKnowledgeBase({ config, prisma: db.prisma, logger });
  const started = performance.now();
  const report = await knowledge.ingest();
  console.log(JSON.stringify({ ...report, ms: Math.round(performance.now() - started) }));
} finally {
  await db.close();
}
