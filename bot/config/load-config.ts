import path from 'node:path';
import { z } from 'zod';
import type { Market } from '../../flows/markets.js';

/**
 * The one place environment variables are read. Grouped per integration;
 * an integration whose credentials are absent is `enabled: false` and the
 * start-up log says which variable turns it on (see describeIntegrations).
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const e164 = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +15145550100');

const optionalE164 = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(e164.optional())
  .optional();

const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_BASE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional,
  DATA_ENCRYPTION_KEY: optional,
  STAFF_API_TOKEN: optional,
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  TWILIO_NUMBER_QC: optionalE164,
  TWILIO_NUMBER_ON: optionalE164,
  TWILIO_NUMBER_NY: optionalE164,
  TWILIO_WHATSAPP_NUMBER: optionalE164,
  TWILIO_WHATSAPP_TEMPLATES: optional,
  TWILIO_API_BASE_URL: optional,
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: booleanFlag,
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  ANTHROPIC_API_KEY: optional,
  ANTHROPIC_MODEL: z.string().trim().min(1).default('claude-sonnet-5-5'),
  ANTHROPIC_BASE_URL: optional,
  ANTHROPIC_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(20_000),
  ANTHROPIC_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  ANTHROPIC_ANALYSIS_MODEL: optional,
  ANTHROPIC_ANALYSIS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  // Below the turn's 120 s wait for its actors, so the offline rules still answer within the turn.
  ANALYSIS_MODEL_BUDGET_MS: z.coerce.number().int().min(1_000).max(110_000).default(90_000),
  OLLAMA_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  OLLAMA_MODEL: z.string().trim().min(1).default('llama3.1:8b'),
  KNOWLEDGE_BACKEND: z.enum(['postgres', 'qdrant']).default('postgres'),
  QDRANT_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  QDRANT_API_KEY: optional,
  QDRANT_COLLECTION: z.string().trim().min(1).default('ticket911-knowledge'),
  VOYAGE_API_KEY: optional,
  VOYAGE_MODEL: z.string().trim().min(1).default('voyage-law-2'),
  VOYAGE_BASE_URL: optional,
});

const whatsappTemplatesSchema = z.record(z.string(), z.string().regex(/^HX[0-9a-fA-F]{32}$/, 'a Twilio Content SID (HX…)'));

export type { Market };

export type AppConfig = ReturnType<typeof buildConfig>;

function buildConfig(env: z.infer<typeof envSchema>) {
  const port = env.PORT;
  const whatsappTemplates = env.TWILIO_WHATSAPP_TEMPLATES
    ? whatsappTemplatesSchema.parse(JSON.parse(env.TWILIO_WHATSAPP_TEMPLATES))
    : {};
  const numbers: Partial<Record<Market, string>> = {};
  if (env.TWILIO_NUMBER_QC) numbers.qc = env.TWILIO_NUMBER_QC;
  if (env.TWILIO_NUMBER_ON) numbers.on = env.TWILIO_NUMBER_ON;
  if (env.TWILIO_NUMBER_NY) numbers.ny = env.TWILIO_NUMBER_NY;
  return {
    env: env.NODE_ENV,
    server: {
      port,
      host: env.HOST,
      publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
    },
    log: { level: env.LOG_LEVEL },
    dataDir: path.resolve(env.DATA_DIR),
    database: {
      /** Absent: embedded PostgreSQL (PGlite) under dataDir/pglite. */
      url: env.DATABASE_URL,
    },
    security: {
      /** Base64 of 32 bytes. Absent outside production: a key is generated once under dataDir. */
      dataEncryptionKey: env.DATA_ENCRYPTION_KEY,
      staffApiToken: env.STAFF_API_TOKEN,
    },
    twilio: {
      enabled: Boolean(env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN),
      accountSid: env.TWILIO_ACCOUNT_SID,
      authToken: env.TWILIO_AUTH_TOKEN,
      /** Our number per market: the number a driver texted tells the market. */
      numbers,
      whatsappNumber: env.TWILIO_WHATSAPP_NUMBER,
      /** Message key -> approved Content SID, used outside WhatsApp's 24-hour window ("default" as fallback). */
      whatsappTemplates,
      /** Tests only: where the Twilio REST client sends its requests. */
      apiBaseUrl: env.TWILIO_API_BASE_URL,
    },
    botFramework: {
      enabled: Boolean(env.MICROSOFT_APP_ID) || Boolean(env.BOTFRAMEWORK_ALLOW_UNAUTHENTICATED),
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
      appType: env.MICROSOFT_APP_TYPE,
    },
    outbox: { maxAttempts: env.OUTBOX_MAX_ATTEMPTS, leaseMs: env.OUTBOX_LEASE_MS },
    anthropic: {
      /** Off: tickets are read by the offline OCR and form parsers only. */
      enabled: Boolean(env.ANTHROPIC_API_KEY),
      apiKey: env.ANTHROPIC_API_KEY,
      model: env.ANTHROPIC_MODEL,
      /** Tests only: where the SDK sends its requests. */
      baseUrl: env.ANTHROPIC_BASE_URL,
      timeoutMs: env.ANTHROPIC_TIMEOUT_MS,
      maxRetries: env.ANTHROPIC_MAX_RETRIES,
      /** The strong model for the legal analysis; ANTHROPIC_MODEL (fast, vision) reads tickets. */
      analysisModel: env.ANTHROPIC_ANALYSIS_MODEL ?? env.ANTHROPIC_MODEL,
      analysisTimeoutMs: env.ANTHROPIC_ANALYSIS_TIMEOUT_MS,
    },
    analysis: {
      /** All models together, after which the offline rules answer. */
      modelBudgetMs: env.ANALYSIS_MODEL_BUDGET_MS,
    },
    ollama: {
      /** The firm's local backup model: after Claude, before the offline rules. */
      enabled: Boolean(env.OLLAMA_URL),
      url: env.OLLAMA_URL,
      model: env.OLLAMA_MODEL,
    },
    knowledge: {
      backend: env.KNOWLEDGE_BACKEND,
      qdrant: { url: env.QDRANT_URL, apiKey: env.QDRANT_API_KEY, collection: env.QDRANT_COLLECTION },
      /** Dense half of Qdrant's hybrid search; without it, BM25 alone. */
      voyage: { enabled: Boolean(env.VOYAGE_API_KEY), apiKey: env.VOYAGE_API_KEY, model: env.VOYAGE_MODEL, baseUrl: env.VOYAGE_BASE_URL },
    },
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  try {
    const config = buildConfig(parsed.data);
    if (config.knowledge.backend === 'qdrant' && !config.knowledge.qdrant.url) {
      throw new ConfigError(['QDRANT_URL: required when KNOWLEDGE_BACKEND=qdrant']);
    }
    if (config.env === 'production' && !config.security.dataEncryptionKey) {
      throw new ConfigError(['DATA_ENCRYPTION_KEY: required in production (base64 of 32 random bytes)']);
    }
    return config;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([(error as Error).message]);
  }
}

/** One line per integration for the start-up log: on/off and the variables that turn it on. */
export function describeIntegrations(config: AppConfig) {
  return [
    {
      integration: 'database',
      on: true,
      detail: config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite under ${config.dataDir} (set DATABASE_URL for PostgreSQL)`,
    },
    {
      integration: 'twilio',
      on: config.twilio.enabled,
      detail: config.twilio.enabled
        ? `markets: ${Object.keys(config.twilio.numbers).join(', ') || 'none'}; whatsapp: ${config.twilio.whatsappNumber ? 'on' : 'off'}`
        : 'set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (SMS/WhatsApp replies are recorded in the transcript instead of sent)',
    },
    {
      integration: 'botframework',
      on: config.botFramework.enabled,
      detail: config.botFramework.enabled
        ? config.botFramework.appId
          ? 'Azure Bot Service (MICROSOFT_APP_ID)'
          : 'unauthenticated (BOTFRAMEWORK_ALLOW_UNAUTHENTICATED, emulator only)'
        : 'set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (or BOTFRAMEWORK_ALLOW_UNAUTHENTICATED=true for the emulator)',
    },
    {
      integration: 'anthropic',
      on: config.anthropic.enabled,
      detail: config.anthropic.enabled
        ? `Claude reads tickets (${config.anthropic.model}); offline OCR when it fails`
        : 'set ANTHROPIC_API_KEY (tickets are read by the offline OCR and form parsers)',
    },
    {
      integration: 'analysis',
      on: true,
      detail: [
        config.anthropic.enabled ? `Claude (${config.anthropic.analysisModel})` : null,
        config.ollama.enabled ? `Ollama (${config.ollama.model})` : null,
        'offline rules',
      ]
        .filter(Boolean)
        .join(' → ') + (config.anthropic.enabled || config.ollama.enabled ? '' : ' (set ANTHROPIC_API_KEY or OLLAMA_URL for a model)'),
    },
    {
      integration: 'knowledge',
      on: true,
      detail:
        config.knowledge.backend === 'qdrant'
          ? `Qdrant hybrid search (${config.knowledge.qdrant.collection}; ${config.knowledge.voyage.enabled ? `BM25 + Voyage ${config.knowledge.voyage.model}` : 'BM25 only: set VOYAGE_API_KEY for dense vectors'})`
          : 'PostgreSQL full-text search in the database (set KNOWLEDGE_BACKEND=qdrant and QDRANT_URL for Qdrant)',
    },
    {
      integration: 'staff-api',
      on: Boolean(config.security.staffApiToken),
      detail: config.security.staffApiToken ? 'bearer token (STAFF_API_TOKEN)' : 'set STAFF_API_TOKEN',
    },
  ];
}
