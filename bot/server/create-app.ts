import type { Server } from 'node:http';
import { hkdfSync } from 'node:crypto';
import path from 'node:path';
import express, { type Express } from 'express';
import twilio from 'twilio';
import { createBotFrameworkAdapter } from '../../channels/botframework/create-botframework-adapter.js';
import { createBotFrameworkMediaFetcher } from '../../channels/botframework/create-botframework-media-fetcher.js';
import { createBotFrameworkRouter } from '../../channels/botframework/create-botframework-router.js';
import { createBotFrameworkSender } from '../../channels/botframework/create-botframework-sender.js';
import { createBotFrameworkTokenSource } from '../../channels/botframework/create-botframework-token-source.js';
import { createTwilioMediaFetcher } from '../../channels/twilio/create-twilio-media-fetcher.js';
import { createTwilioRouter } from '../../channels/twilio/create-twilio-router.js';
import { createTwilioSenders } from '../../channels/twilio/create-twilio-senders.js';
import { createWebChatRouter } from '../../channels/web-chat/create-web-chat-router.js';
import { type AppConfig, describeIntegrations } from '../config/load-config.js';
import { createDatabase, type DatabaseHandle } from '../db/create-database.js';
import { countWebhookRequests } from '../http/count-webhook-requests.js';
import { createOpsRouter } from '../http/create-ops-router.js';
import { mountRateLimits } from '../http/rate-limits/mount-rate-limits.js';
import { createStaffApiRouter } from '../http/create-staff-api-router.js';
import { sendJsonError } from '../http/send-json-error.js';
import { setSecurityHeaders } from '../http/set-security-headers.js';
import type { Logger } from '../logging/create-logger.js';
import { createMediaStore } from '../media/create-media-store.js';
import { createMetrics, type Metrics } from '../observability/create-metrics.js';
import { createConversationWorker, type ConversationWorker } from '../runtime/create-conversation-worker.js';
import { createDeliveryStatusRecorder } from '../runtime/create-delivery-status-recorder.js';
import { createInboundPort } from '../runtime/create-inbound-port.js';
import { createRecordingSender, createWebChatSender } from '../runtime/create-local-senders.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../runtime/create-outbox-dispatcher.js';
import { createScheduledJobPoller, type ScheduledJobPoller } from '../runtime/create-scheduled-job-poller.js';
import { createStaffService } from '../runtime/create-staff-service.js';
import { createWebChatService } from '../runtime/create-web-chat-service.js';
import type { ChannelKind, MediaFetcher, MessageSender } from '../runtime/ports.js';
import { createTranscriptEvents } from '../runtime/transcript-events.js';
import { createTicketActors } from '../runtime/create-ticket-actors.js';
import { createAnalysisActor } from '../runtime/create-analysis-actor.js';
import { createKnowledgeBase, type KnowledgeBase } from './create-knowledge-base.js';
import { createProviderBreakers, type ProviderBreakers } from '../resilience/create-provider-breakers.js';
import { createConfiguredClaudeReader } from './create-configured-claude-reader.js';
import { createTicketExtractor, type TicketExtractor } from '../../intake/create-ticket-extractor.js';
import { createOcrPool, type OcrPool } from '../../intake/ocr/create-ocr-pool.js';
import { loadEncryptionKey } from '../security/load-encryption-key.js';
import { createStripeWebhookRouter } from '../../channels/stripe/create-stripe-webhook-router.js';
import { createResendEmailSender } from '../../channels/email/create-resend-email-sender.js';
import { createStripeGateway } from '../../billing/stripe/create-stripe-gateway.js';
import { loadPricingGrid } from '../../billing/pricing/load-pricing-grid.js';
import type { PricingGrid } from '../../billing/pricing/pricing-grid.js';
import { createPaymentService, type PaymentService } from '../payments/create-payment-service.js';
import { createPaymentPagesRouter } from '../http/create-payment-pages-router.js';
import { createSigningPagesRouter } from '../http/create-signing-pages-router.js';
import { createMandateActor } from '../signing/create-mandate-actor.js';
import { createSignedMandateEmailRenderer } from '../signing/create-signed-mandate-email-renderer.js';
import { createSigningService } from '../signing/create-signing-service.js';
import { DEFAULT_CODE_RULES } from '../signing/signing-settings.js';
import { loadMandateTemplates } from '../../signing/mandates/load-mandate-templates.js';
import type { MandateTemplateSet } from '../../signing/mandates/mandate-template.js';
import { createDocumentStore } from '../../signing/storage/create-document-store.js';
import { createQuoteActor } from '../runtime/create-quote-actor.js';
import { createEmailOutbox, type EmailOutbox } from '../runtime/create-email-outbox.js';
import { createSlackApp } from '../../channels/slack/create-slack-app.js';
import { createReviewService } from '../reviews/create-review-service.js';
import { createSlackOutbox, type SlackOutbox } from '../reviews/create-slack-outbox.js';
import { readFinalDocument } from '../reviews/read-final-document.js';
import type { LawyerReviewPort } from '../reviews/review-port.js';
import { createReviewDocumentsRouter } from '../http/create-review-documents-router.js';
import { createStaffPagesRouter } from '../http/create-staff-pages-router.js';
import { createStatsService } from '../stats/create-stats-service.js';
import { createNoticeEmailRenderer } from '../reminders/create-notice-email-renderer.js';
import { createRetentionPurger, type RetentionPurger } from '../privacy/create-retention-purger.js';
import { createDataExportService } from '../privacy/create-data-export-service.js';
import { createDataExportRouter } from '../http/create-data-export-router.js';
import { createIngestPressure } from '../runtime/create-ingest-pressure.js';
import { type PollingLoop, startPollingLoop } from '../runtime/start-polling-loop.js';
import { authenticateStaffRequest } from '../http/authenticate-staff-request.js';

// A message still unprocessed this long after it was stored was acknowledged by a process that died
// (or its wake-up was lost): the sweep hands it to this worker.
const INBOUND_SWEEP_AFTER_MS = 30_000;

export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../public');

export interface CreateAppOptions {
  config: AppConfig;
  logger: Logger;
  /** Tests pass an already created database (and a clock). */
  database?: DatabaseHandle;
  now?: () => Date;
  /** Background loops (outbox, scheduler) start with start(); tests may drive them by hand. */
  pollIntervalMs?: number;
  /** Tests may share one ticket extractor (its OCR worker) across apps. */
  ticketExtractor?: TicketExtractor;
  /** Tests: the OCR pool the ticket extractor reads with, to make it busy; pass the extractor built on it too. */
  ocrPool?: OcrPool;
}

export interface App {
  express: Express;
  database: DatabaseHandle;
  metrics: Metrics;
  worker: ConversationWorker;
  outbox: OutboxDispatcher;
  scheduler: ScheduledJobPoller;
  emailOutbox: EmailOutbox;
  slackOutbox: SlackOutbox;
  reviews: LawyerReviewPort;
  payments: PaymentService;
  breakers: ProviderBreakers;
  /** Law 25 / PIPEDA retention: daily with start(); tests call runOnce(). */
  retention: RetentionPurger;
  encryptionKey: Buffer;
  /** Recovers unfinished work, starts the loops and listens. */
  start(): Promise<Server>;
  /** Stops taking requests, finishes in-flight turns, closes the database. */
  stop(): Promise<void>;
}

function integrationOff(name: string, variables: string) {
  return (_req: express.Request, res: express.Response) => {
    sendJsonError(res, { status: 503, code: 'integration_off', message: `${name} is off on this server: set ${variables}` });
  };
}

/**
 * The composition root: the only module that knows every channel and the
 * runtime together. Everything else depends inward (channels -> bot -> flows).
 */
export async function createApp({ config, logger, database, now = () => new Date(), pollIntervalMs, ticketExtractor, ocrPool: givenOcrPool }: CreateAppOptions): Promise<App> {
  const db = database ?? (await createDatabase({ url: config.database.url, pgliteDataDir: path.join(config.dataDir, 'pglite') }));
  const prisma = db.prisma;
  const { key: encryptionKey, source: keySource } = await loadEncryptionKey({ configured: config.security.dataEncryptionKey, dataDir: config.dataDir });
  if (keySource === 'generated') logger.warn('DATA_ENCRYPTION_KEY not set: using a key generated under the data directory (set it in production)');

  const metrics = createMetrics();
  // One breaker per provider for the whole process: the ticket reader and the analysis share Anthropic's.
  const breakers = createProviderBreakers({ failures: config.resilience.breakerFailures, halfOpenMs: config.resilience.breakerHalfOpenMs, logger, metrics });
  const mediaStore = createMediaStore({ directory: path.join(config.dataDir, 'media') });
  const transcriptEvents = createTranscriptEvents();
  const senders: Partial<Record<ChannelKind, MessageSender>> = { web: createWebChatSender() };
  const fetchers: MediaFetcher[] = [];

  let twilioClient: twilio.Twilio | undefined;
  if (config.twilio.enabled && config.twilio.accountSid && config.twilio.authToken) {
    twilioClient = twilio(config.twilio.accountSid, config.twilio.authToken);
    const apiHosts = ['api.twilio.com'];
    if (config.twilio.apiBaseUrl) {
      twilioClient.api.baseUrl = config.twilio.apiBaseUrl;
      apiHosts.push(new URL(config.twilio.apiBaseUrl).host);
    }
    const twilioSenders = createTwilioSenders({
      client: twilioClient,
      numbers: config.twilio.numbers,
      whatsappNumber: config.twilio.whatsappNumber,
      whatsappTemplates: config.twilio.whatsappTemplates,
      statusCallbackUrl: `${config.server.publicBaseUrl}/webhooks/twilio/status`,
      logger,
      now,
    });
    senders.sms = twilioSenders.sms;
    senders.whatsapp = twilioSenders.whatsapp;
    fetchers.push(createTwilioMediaFetcher({ accountSid: config.twilio.accountSid, authToken: config.twilio.authToken, apiHosts, maxBytes: config.server.maxUploadBytes }));
  } else {
    senders.sms = createRecordingSender({ channel: 'sms', logger });
    senders.whatsapp = createRecordingSender({ channel: 'whatsapp', logger });
  }

  const bf = config.botFramework;
  const botAdapter = bf.enabled ? createBotFrameworkAdapter({ appId: bf.appId, appPassword: bf.appPassword, tenantId: bf.tenantId, appType: bf.appType, logger }) : undefined;
  if (botAdapter) {
    senders.botframework = createBotFrameworkSender({ adapter: botAdapter, appId: bf.appId, logger });
    fetchers.push(
      createBotFrameworkMediaFetcher({
        allowedHosts: ['smba.trafficmanager.net', '*.botframework.com', '*.asm.skype.com', '*.sharepoint.com'],
        maxBytes: config.server.maxUploadBytes,
        getToken: bf.appId ? createBotFrameworkTokenSource({ appId: bf.appId, appPassword: bf.appPassword, tenantId: bf.tenantId, appType: bf.appType }) : undefined,
      }),
    );
  }

  // Cheap to create: N tesseract workers (the cores) behind one bounded queue, started on the first photo or at start().
  const ocrPool = givenOcrPool ?? createOcrPool({ workers: config.ocr.workers, queueLimit: config.ocr.queueLimit, cacheDir: path.join(config.dataDir, 'tessdata') });
  const extractor =
    ticketExtractor ??
    (await createTicketExtractor({
      claude: createConfiguredClaudeReader({ anthropic: config.anthropic, fetch: breakers.anthropic.guardFetch() }),
      logger: logger.child({ component: 'intake' }),
      maxBytes: config.server.maxUploadBytes,
      cacheDir: path.join(config.dataDir, 'tessdata'),
      ocr: ocrPool,
    }));

  // The corpus is loaded into the store on first use (or at start): tests that never reach analysis skip it.
  let knowledgePromise: Promise<KnowledgeBase> | undefined;
  const getKnowledgeBase = () => {
    knowledgePromise ??= (async () => {
      const knowledge = await createKnowledgeBase({ config, prisma, logger: logger.child({ component: 'knowledge' }), breakers });
      const report = await knowledge.ingest();
      logger.info(report, 'knowledge store in line with the corpus');
      return knowledge;
    })().catch((error: unknown) => {
      knowledgePromise = undefined;
      throw error;
    });
    return knowledgePromise;
  };

  // The grid is read and validated at start: a broken grid file fails the start, not a driver's quote.
  const pricingGrid: Promise<PricingGrid> = loadPricingGrid({ file: config.billing.pricingGridFile });
  pricingGrid.catch(() => undefined);
  const stripeGateway =
    config.stripe.enabled && config.stripe.secretKey && config.stripe.webhookSecret
      ? createStripeGateway({ secretKey: config.stripe.secretKey, webhookSecret: config.stripe.webhookSecret, apiBaseUrl: config.stripe.apiBaseUrl })
      : undefined;
  const emailSender =
    config.email.enabled && config.email.apiKey ? createResendEmailSender({ apiKey: config.email.apiKey, from: config.email.from, replyTo: config.email.replyTo, baseUrl: config.email.baseUrl }) : undefined;
  // Mandate templates are read and validated at start, like the pricing grid.
  const mandateTemplates: Promise<MandateTemplateSet> = loadMandateTemplates({ directory: config.signing.templatesDirectory });
  mandateTemplates.catch(() => undefined);
  const documents = createDocumentStore({ s3: config.documents.s3, dataDirectory: config.dataDir });
  const signingSettings = { ...DEFAULT_CODE_RULES, linkValidMs: config.signing.linkValidMs, reminderAfterMs: config.signing.reminderAfterMs, firm: config.billing.firm };
  const emailOutbox = createEmailOutbox({
    prisma,
    sender: emailSender,
    renderers: {
      signedMandate: createSignedMandateEmailRenderer({ prisma, documents, publicBaseUrl: config.server.publicBaseUrl, firmName: config.billing.firm.name }),
      notice: createNoticeEmailRenderer({ firmName: config.billing.firm.name }),
    },
    publicBaseUrl: config.server.publicBaseUrl,
    logger: logger.child({ component: 'email' }),
    metrics,
    now,
    pollIntervalMs,
  });

  const outbox = createOutboxDispatcher({ prisma, senders, logger, metrics, transcriptEvents, now, maxAttempts: config.outbox.maxAttempts, leaseMs: config.outbox.leaseMs, pollIntervalMs });
  const ingestPressure = createIngestPressure();
  let inboundSweep: PollingLoop | undefined;
  const worker = createConversationWorker({
    prisma,
    logger,
    metrics,
    mediaStore,
    documents,
    mediaFetchers: fetchers,
    publicBaseUrl: config.server.publicBaseUrl,
    now,
    onRepliesQueued: () => outbox.kick(),
    senderBudgetPerMinute: config.rateLimits.senderPerMinute,
    yieldToIngest: () => ingestPressure.isHigh(),
    // Only the outboxes the turn wrote to: a review card or a relayed answer, an emailed notice.
    onOutboxesQueued: ({ emails, slackPosts }) => {
      if (emails) emailOutbox.kick();
      if (slackPosts) slackOutbox.kick();
    },
    actors: {
      ...createTicketActors({
        prisma,
        mediaStore,
        extractor,
        logger,
        metrics,
        now,
        // Claude reads photos when configured (OCR only if it fails), and a shared extractor may read with another pool: no line then.
        ocrQueue: config.anthropic.enabled || (ticketExtractor && !givenOcrPool) ? undefined : ocrPool,
        ocrNoticeAfterMs: config.ocr.noticeAfterMs,
      }),
      analyseCase: createAnalysisActor({ getAnalyser: async () => (await getKnowledgeBase()).analyser, logger, metrics, now }),
      quoteCase: createQuoteActor({
        getPricingGrid: () => pricingGrid,
        quoteValidDays: config.billing.quoteValidDays,
        reminderAfterMs: config.billing.reminderAfterMs,
        cardPayments: Boolean(stripeGateway),
        interacEmail: config.billing.interacEmail,
        publicBaseUrl: config.server.publicBaseUrl,
        logger,
        metrics,
        now,
      }),
      prepareMandate: createMandateActor({
        prisma,
        documents,
        getTemplates: () => mandateTemplates,
        settings: signingSettings,
        publicBaseUrl: config.server.publicBaseUrl,
        logger,
        metrics,
        now,
      }),
    },
  });
  const payments = createPaymentService({
    prisma,
    gateway: stripeGateway,
    billing: { firm: config.billing.firm, timeZone: config.billing.timeZone },
    publicBaseUrl: config.server.publicBaseUrl,
    logger: logger.child({ component: 'payments' }),
    now,
    onRecorded: () => {
      scheduler.runOnce().catch((error) => logger.error({ err: error }, 'scheduler poll failed'));
      emailOutbox.kick();
    },
  });
  const signing = createSigningService({
    prisma,
    documents,
    settings: signingSettings,
    // Its own key, derived from the data key: a code hash is useless without the server.
    codeKey: Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'ticket911/signing-codes', 32)),
    emailSender,
    publicBaseUrl: config.server.publicBaseUrl,
    logger,
    now,
    onMessageQueued: () => outbox.kick(),
    onRecorded: () => {
      scheduler.runOnce().catch((error) => logger.error({ err: error }, 'scheduler poll failed'));
      emailOutbox.kick();
    },
  });
  const reviewSettings = { publicBaseUrl: config.server.publicBaseUrl, onDutyUserIds: config.slack.onDutyUserIds };
  const reviews = createReviewService({
    prisma,
    settings: reviewSettings,
    now,
    onChange: () => {
      scheduler.runOnce().catch((error) => logger.error({ err: error }, 'scheduler poll failed'));
      slackOutbox.kick();
    },
  });
  const slack =
    config.slack.enabled && config.slack.botToken
      ? createSlackApp({
          botToken: config.slack.botToken,
          signingSecret: config.slack.signingSecret,
          appToken: config.slack.appToken,
          channels: config.slack.channels,
          reviews,
          logger: logger.child({ component: 'slack' }),
          lawyersUserGroupId: config.slack.lawyersUserGroupId,
          clientOptions: config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : undefined,
        })
      : undefined;
  const slackOutbox = createSlackOutbox({ prisma, poster: slack?.poster, settings: reviewSettings, logger: logger.child({ component: 'slack-outbox' }), now, pollIntervalMs });
  const stats = createStatsService({ prisma, now });
  const retention = createRetentionPurger({
    prisma,
    settings: config.privacy,
    logger,
    metrics,
    now,
    removeFiles: async ({ media, documents: keys }) => {
      // The purge is committed: a file that cannot be removed now is logged, not a reason to undo it.
      for (const id of media) await mediaStore.remove(id).catch((error: unknown) => logger.warn({ err: error }, 'purged media file not removed'));
      for (const key of keys) await documents.remove(key).catch((error: unknown) => logger.warn({ err: error }, 'purged document not removed'));
    },
    onSlackQueued: () => slackOutbox.kick(),
  });
  const scheduler = createScheduledJobPoller({ prisma, logger, now, enqueue: (id) => worker.enqueue(id), pollIntervalMs });
  const inbound = createInboundPort({ prisma: db.ingest ?? prisma, numbers: config.twilio.numbers, metrics, transcriptEvents, enqueue: (id) => worker.enqueue(id), onAccepted: () => ingestPressure.note() });
  const webChat = createWebChatService({ prisma, mediaStore, transcriptEvents });
  const staff = createStaffService({ prisma, now, enqueue: (id) => worker.enqueue(id), onRepliesQueued: () => outbox.kick(), publicBaseUrl: config.server.publicBaseUrl });

  metrics.setOutboxBacklogSource(() => prisma.outboxEntry.count({ where: { status: { in: ['pending', 'sending'] } } }));
  metrics.setScheduledJobsDueSource(() => prisma.scheduledJob.count({ where: { status: 'pending', runAt: { lte: now() } } }));

  let shuttingDown = false;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.server.trustProxy);
  app.use(setSecurityHeaders({ publicBaseUrl: config.server.publicBaseUrl }));
  app.use(countWebhookRequests({ metrics }));
  app.use(createOpsRouter({ metrics, ping: () => db.ping(), isShuttingDown: () => shuttingDown }));
  mountRateLimits({ app, limits: config.rateLimits, now, metrics });
  // Before any body parser: Bolt verifies Slack's signature on the raw body.
  if (slack?.router) app.use(slack.router);
  else app.post('/slack/events', integrationOff('Slack', config.slack.appToken ? 'nothing: Socket Mode is on (SLACK_APP_TOKEN)' : 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET'));
  // Before the staff API router: its own route under /api/v1 must not fall into that router's 404.
  app.use(createDataExportRouter({ exports: createDataExportService({ prisma, encryptionKey, now }), authenticate: authenticateStaffRequest({ prisma, serviceToken: config.security.staffApiToken, now, logger }), logger }));
  app.use(
    createStaffApiRouter({
      staff,
      prisma,
      token: config.security.staffApiToken,
      now,
      logger,
      publicBaseUrl: config.server.publicBaseUrl,
      billing: payments,
      signatures: signing,
      reviews,
      stats,
    }),
  );
  app.use(
    createStaffPagesRouter({
      prisma,
      encryptionKey,
      // Its own key, derived: a session cookie's HMAC never uses the key that seals data.
      sessionKey: Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'ticket911/staff-sessions', 32)),
      stats,
      logger,
      secureCookies: config.server.publicBaseUrl.startsWith('https:'),
      now,
    }),
  );
  app.use(createReviewDocumentsRouter({ readFinalDocument: (token) => readFinalDocument({ prisma, firm: config.billing.firm, token }), logger }));
  if (stripeGateway) {
    app.use(
      createStripeWebhookRouter({
        verify: (body, signature) => stripeGateway.constructEvent(body, signature),
        payments,
        logger,
        onProcessed: (type, outcome) => metrics.stripeEvents.inc({ type, outcome }),
      }),
    );
  } else {
    app.post('/webhooks/stripe', integrationOff('Stripe', 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET'));
  }
  app.use(createPaymentPagesRouter({ payments, logger }));
  app.use(createSigningPagesRouter({ signing, logger }));
  if (twilioClient && config.twilio.authToken) {
    app.use(
      createTwilioRouter({ authToken: config.twilio.authToken, publicBaseUrl: config.server.publicBaseUrl, inbound, deliveryStatus: createDeliveryStatusRecorder({ prisma }), logger, now }),
    );
  } else {
    app.post('/webhooks/twilio/{*rest}', integrationOff('Twilio', 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN'));
  }
  if (botAdapter) app.use(createBotFrameworkRouter({ adapter: botAdapter, inbound, logger, now }));
  else app.post('/api/messages', integrationOff('Bot Framework', 'MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD'));
  app.use(createWebChatRouter({ webChat, inbound, maxUploadBytes: config.server.maxUploadBytes, logger, now }));
  app.get('/privacy', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'privacy.html')));
  app.use(express.static(PUBLIC_DIR, { index: 'index.html', maxAge: '1h' }));
  app.use((_req, res) => sendJsonError(res, { status: 404, code: 'not_found', message: 'No such route' }));
  app.use(((error, _req, res, _next) => {
    logger.error({ err: error }, 'unhandled request error');
    if (!res.headersSent) sendJsonError(res, { status: 500, code: 'internal', message: 'Internal error' });
  }) as express.ErrorRequestHandler);

  let server: Server | undefined;
  return {
    express: app,
    database: db,
    metrics,
    worker,
    outbox,
    scheduler,
    emailOutbox,
    slackOutbox,
    reviews,
    payments,
    breakers,
    retention,
    encryptionKey,
    async start() {
      for (const line of describeIntegrations(config)) logger.info({ integration: line.integration, on: line.on }, `${line.integration}: ${line.on ? 'on' : 'off'} — ${line.detail}`);
      // The embedded database is ours alone: whatever is still "sending" was left by a process that died.
      if (db.kind === 'pglite') {
        const orphaned = await outbox.releaseOrphanedClaims();
        if (orphaned > 0) logger.warn({ entries: orphaned }, 'outbound messages interrupted by a crash: checking with the provider before resending');
      }
      const recovered = await worker.recover();
      if (recovered > 0) logger.info({ conversations: recovered }, 'resuming unprocessed inbound messages');
      inboundSweep = startPollingLoop({
        run: () => worker.sweep({ olderThanMs: INBOUND_SWEEP_AFTER_MS }),
        intervalMs: INBOUND_SWEEP_AFTER_MS,
        onError: (error) => logger.error({ err: error }, 'inbound sweep failed'),
      });
      await pricingGrid;
      await mandateTemplates;
      outbox.start();
      scheduler.start();
      emailOutbox.start();
      slackOutbox.start();
      retention.start();
      await slack?.start();
      // The OCR worker takes about a second to start: warm it now, not on the first driver's photo.
      Promise.all([extractor.warmUp(), ticketExtractor ? undefined : ocrPool.warmUp()])
        .catch((error) => logger.error({ err: error }, 'ticket reader failed to start'));
      // A store that is down at start (Qdrant) is retried on the first analysis, not fatal.
      getKnowledgeBase().catch((error) => logger.error({ err: error }, 'knowledge store not ready: analyses will retry it'));
      server = await new Promise<Server>((resolve) => {
        const listening = app.listen(config.server.port, config.server.host, () => resolve(listening));
      });
      return server;
    },
    async stop() {
      shuttingDown = true;
      if (server) {
        server.closeIdleConnections?.();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      scheduler.stop();
      inboundSweep?.stop();
      retention.stop();
      await emailOutbox.stop();
      await slack?.stop();
      await slackOutbox.stop();
      await worker.stop();
      await outbox.stop();
      if (!ticketExtractor) await extractor.close();
      if (!givenOcrPool) await ocrPool.close();
      await knowledgePromise?.catch(() => undefined);
      if (!database) await db.close();
    },
  };
}
