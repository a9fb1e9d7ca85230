import { availableParallelism } from 'node:os';
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
  BREAKER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  // Offline OCR: tesseract workers (default: the cores), photos allowed to wait for one, and the wait after which the driver is told.
  OCR_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  OCR_QUEUE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(50),
  OCR_NOTICE_AFTER_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
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
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  STRIPE_API_BASE_URL: optional,
  RESEND_API_KEY: optional,
  RESEND_BASE_URL: optional,
  EMAIL_FROM: z.string().trim().min(3).default('Ticket911 <recus@ticket911.ca>'),
  EMAIL_REPLY_TO: optional,
  PRICING_GRID_FILE: optional,
  QUOTE_VALID_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  PAYMENT_REMINDER_HOURS: z.coerce.number().min(1).max(24 * 30).default(24),
  INTERAC_EMAIL: z.email().optional().or(z.literal('').transform(() => undefined)),
  FIRM_NAME: z.string().trim().min(1).default('Ticket911 Avocats inc.'),
  FIRM_ADDRESS: z.string().trim().min(1).default('1000, rue Sherbrooke Ouest|Montréal (Québec) H3A 3G4'),
  FIRM_EMAIL: z.string().trim().min(3).default('facturation@ticket911.ca'),
  FIRM_PHONE: optional,
  GST_NUMBER: optional,
  QST_NUMBER: optional,
  HST_NUMBER: optional,
  BILLING_TIME_ZONE: z.enum(['America/Montreal', 'America/Toronto', 'America/New_York']).default('America/Montreal'),
  SIGNING_LINK_VALID_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  SIGNING_REMINDER_HOURS: z.coerce.number().min(1).max(24 * 30).default(24),
  MANDATE_TEMPLATES_DIR: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_CHANNEL_QC: optional,
  SLACK_CHANNEL_ON: optional,
  SLACK_CHANNEL_NY: optional,
  SLACK_LAWYERS_USERGROUP_ID: optional,
  SLACK_ON_DUTY_QC: optional,
  SLACK_ON_DUTY_ON: optional,
  SLACK_ON_DUTY_NY: optional,
  SLACK_API_URL: optional,
  S3_BUCKET: optional,
  S3_REGION: z.string().trim().min(1).default('ca-central-1'),
  S3_ENDPOINT: z.url().optional().or(z.literal('').transform(() => undefined)),
  S3_FORCE_PATH_STYLE: booleanFlag,
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  S3_PREFIX: optional,
  TRUST_PROXY: optional,
  // The privacy notice promises "the length of your file and up to 7 years" (professional rules): never longer.
  RETENTION_CLOSED_CASE_DAYS: z.coerce.number().int().min(1).max(2557).default(2557),
  RETENTION_IDLE_CONVERSATION_DAYS: z.coerce.number().int().min(1).max(2557).default(90),
  // Per client and per minute (0 = off). Webhooks come from a few provider addresses at high rates.
  RATE_LIMIT_WEBHOOK_PER_MINUTE: z.coerce.number().int().min(0).default(3_000),
  RATE_LIMIT_CHAT_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_PAGES_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_SENDER_PER_MINUTE: z.coerce.number().int().min(0).default(12),
  RATE_LIMIT_API_AUTH_FAILURES_PER_HOUR: z.coerce.number().int().min(0).default(20),
});

const contentSid = z.string().regex(/^HX[0-9a-fA-F]{32}$/, 'a Twilio Content SID (HX…)');
/**
 * Message key → approved template: a Content SID (the message's named variables
 * are sent as they are), or { contentSid, variables } where `variables` names, in
 * order, the message's variables that fill the template's {{1}}, {{2}}…
 */
const whatsappTemplatesSchema = z.record(
  z.string(),
  z.union([contentSid.transform((sid) => ({ contentSid: sid, variables: null })), z.object({ contentSid, variables: z.array(z.string().min(1)).max(10) })]),
);

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
      /** Express's "trust proxy" (e.g. "loopback", "1", an address): the signing trail records the client's IP, not the proxy's. */
      trustProxy: env.TRUST_PROXY ? (/^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY) : false,
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
    /** Circuit breakers of the model and search providers (bot/resilience): open after `failures` provider faults in a row, one probe after `halfOpenMs`. */
    resilience: { breakerFailures: env.BREAKER_FAILURES, breakerHalfOpenMs: env.BREAKER_HALF_OPEN_MS },
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
    ocr: {
      /** tesseract workers, each reading one photo at a time; default os.availableParallelism(). */
      workers: Math.max(1, env.OCR_WORKERS ?? availableParallelism()),
      /** Photos waiting for a worker beyond which a new one is put in line (told, read later). */
      queueLimit: env.OCR_QUEUE_LIMIT,
      /** A photo that would wait longer than this gets "your ticket is in line" at once. */
      noticeAfterMs: env.OCR_NOTICE_AFTER_MS,
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
    billing: {
      /** The firm's pricing grid (billing/pricing/PRICING.md); absent: the bundled default grid. */
      pricingGridFile: env.PRICING_GRID_FILE,
      quoteValidDays: env.QUOTE_VALID_DAYS,
      reminderAfterMs: Math.round(env.PAYMENT_REMINDER_HOURS * 3_600_000),
      /** The firm's e-Transfer address; absent: Canadians are offered the card link only. */
      interacEmail: env.INTERAC_EMAIL,
      /** Invoice numbers run per year in this time zone (the firm's seat). */
      timeZone: env.BILLING_TIME_ZONE,
      firm: {
        name: env.FIRM_NAME,
        addressLines: env.FIRM_ADDRESS.split('|').map((line) => line.trim()).filter(Boolean),
        email: env.FIRM_EMAIL,
        phone: env.FIRM_PHONE ?? null,
        taxRegistrations: [
          ...(env.GST_NUMBER ? [{ name: 'GST' as const, number: env.GST_NUMBER }] : []),
          ...(env.QST_NUMBER ? [{ name: 'QST' as const, number: env.QST_NUMBER }] : []),
          ...(env.HST_NUMBER ? [{ name: 'HST' as const, number: env.HST_NUMBER }] : []),
        ],
      },
    },
    signing: {
      linkValidMs: env.SIGNING_LINK_VALID_DAYS * 86_400_000,
      reminderAfterMs: Math.round(env.SIGNING_REMINDER_HOURS * 3_600_000),
      /** The firm's mandate templates (signing/mandates/templates/README.md); absent: the bundled ones. */
      templatesDirectory: env.MANDATE_TEMPLATES_DIR,
    },
    documents: {
      /** Signed mandates go to S3-compatible storage when a bucket is set, else under dataDir/documents. */
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            region: env.S3_REGION,
            endpoint: env.S3_ENDPOINT,
            forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
            accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
            prefix: env.S3_PREFIX,
          }
        : null,
    },
    stripe: {
      /** Off: no card link; Canadians pay by Interac e-Transfer, staff record it. */
      enabled: Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET),
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      /** Tests only: where the SDK sends its requests. */
      apiBaseUrl: env.STRIPE_API_BASE_URL,
    },
    slack: {
      /** Off: cases wait for a lawyer on /staff and in the API; no card is posted. Socket Mode when SLACK_APP_TOKEN is set. */
      enabled: Boolean(env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)),
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET,
      appToken: env.SLACK_APP_TOKEN,
      channels: { qc: env.SLACK_CHANNEL_QC, on: env.SLACK_CHANNEL_ON, ny: env.SLACK_CHANNEL_NY },
      lawyersUserGroupId: env.SLACK_LAWYERS_USERGROUP_ID,
      onDutyUserIds: { qc: env.SLACK_ON_DUTY_QC, on: env.SLACK_ON_DUTY_ON, ny: env.SLACK_ON_DUTY_NY },
      /** Tests only: where the Web API calls go. */
      apiUrl: env.SLACK_API_URL,
    },
    /** Per-client budgets (bot/http/rate-limits); 0 turns one off. */
    rateLimits: {
      webhookPerMinute: env.RATE_LIMIT_WEBHOOK_PER_MINUTE,
      chatPerMinute: env.RATE_LIMIT_CHAT_PER_MINUTE,
      pagesPerMinute: env.RATE_LIMIT_PAGES_PER_MINUTE,
      apiPerMinute: env.RATE_LIMIT_API_PER_MINUTE,
      /** Messages of one driver (SMS/WhatsApp number, web chat session, Bot Framework conversation) run per minute. */
      senderPerMinute: env.RATE_LIMIT_SENDER_PER_MINUTE,
      /** Wrong bearer tokens on /api/v1 per address and hour (the /staff sign-in form counts its own failures). */
      apiAuthFailuresPerHour: env.RATE_LIMIT_API_AUTH_FAILURES_PER_HOUR,
    },
    privacy: {
      /** Law 25 / PIPEDA retention: personal data of clients whose cases all closed this long ago is purged (statistics kept). */
      closedCaseDays: env.RETENTION_CLOSED_CASE_DAYS,
      /** Conversations that never became a case, silent this long, are purged. */
      idleConversationDays: env.RETENTION_IDLE_CONVERSATION_DAYS,
    },
    email: {
      /** Off: receipts are not emailed (the chat still links the invoice). */
      enabled: Boolean(env.RESEND_API_KEY),
      apiKey: env.RESEND_API_KEY,
      baseUrl: env.RESEND_BASE_URL,
      from: env.EMAIL_FROM,
      replyTo: env.EMAIL_REPLY_TO,
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
    // A card link without webhooks would take money and never say so in the chat.
    if (Boolean(config.stripe.secretKey) !== Boolean(config.stripe.webhookSecret)) {
      throw new ConfigError(['STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET: set both, or neither']);
    }
    if (config.slack.botToken && !config.slack.signingSecret && !config.slack.appToken) {
      throw new ConfigError(['SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode): required with SLACK_BOT_TOKEN']);
    }
    if (config.documents.s3 && (!config.documents.s3.accessKeyId || !config.documents.s3.secretAccessKey)) {
      throw new ConfigError(['S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: required with S3_BUCKET']);
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
      integration: 'stripe',
      on: config.stripe.enabled,
      detail: config.stripe.enabled
        ? 'card payments through Stripe Checkout; webhooks at /webhooks/stripe'
        : 'set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (no card link: Interac e-Transfer only, recorded by staff)',
    },
    {
      integration: 'interac',
      on: Boolean(config.billing.interacEmail),
      detail: config.billing.interacEmail ? 'e-Transfer instructions offered in Canada' : 'set INTERAC_EMAIL to offer Interac e-Transfer',
    },
    {
      integration: 'email',
      on: config.email.enabled,
      detail: config.email.enabled ? `receipts emailed through Resend from ${config.email.from}` : 'set RESEND_API_KEY (receipts stay available by link in the chat)',
    },
    {
      integration: 'documents',
      on: true,
      detail: config.documents.s3
        ? `signed mandates in S3 bucket ${config.documents.s3.bucket}${config.documents.s3.endpoint ? ` at ${new URL(config.documents.s3.endpoint).host}` : ''}`
        : `signed mandates under ${config.dataDir}/documents (set S3_BUCKET for S3-compatible storage)`,
    },
    {
      integration: 'slack',
      on: config.slack.enabled,
      detail: config.slack.enabled
        ? `lawyer review cards (${config.slack.appToken ? 'Socket Mode' : 'events at /slack/events'}); channels: ${Object.entries(config.slack.channels).filter(([, id]) => id).map(([market]) => market).join(', ') || 'none — set SLACK_CHANNEL_QC/ON/NY'}; lawyers: ${config.slack.lawyersUserGroupId ? 'user group' : 'nobody — set SLACK_LAWYERS_USERGROUP_ID'}`
        : 'set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN): cases wait for a lawyer on /staff and in the staff API',
    },
    {
      integration: 'retention',
      on: true,
      detail: `closed cases purged after ${config.privacy.closedCaseDays} days, idle conversations after ${config.privacy.idleConversationDays} (RETENTION_CLOSED_CASE_DAYS, RETENTION_IDLE_CONVERSATION_DAYS)`,
    },
    {
      integration: 'staff-api',
      // Named members (ticket911 staff add) always work; the service token is for machine clients.
      on: true,
      detail: `members' tokens (ticket911 staff add), /staff with TOTP; service token: ${config.security.staffApiToken ? 'on (STAFF_API_TOKEN)' : 'off (set STAFF_API_TOKEN for machine clients)'}`,
    },
    {
      integration: 'rate-limits',
      on: true,
      detail: describeRateLimits(config),
    },
  ];
}

function describeRateLimits({ rateLimits: r, server }: AppConfig): string {
  const per = (n: number, unit: string) => (n > 0 ? `${n}/${unit}` : 'off');
  return `per client: webhooks ${per(r.webhookPerMinute, 'min')}, chat ${per(r.chatPerMinute, 'min')}, pages ${per(r.pagesPerMinute, 'min')}, API ${per(r.apiPerMinute, 'min')}, API token failures ${per(r.apiAuthFailuresPerHour, 'h')}; per driver ${per(r.senderPerMinute, 'min')}${server.trustProxy === false ? ' (set TRUST_PROXY behind a load balancer, or every client shares its address)' : ''}`;
}
