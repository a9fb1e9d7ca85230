import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { withTimeout } from './with-timeout.js';

/** Delivery outcome of an outbound message, the `status` label of ticket911_messages_out_total. */
export type MessageOutStatus = 'sent' | 'failed' | 'dead' | 'suppressed';

export interface Metrics {
  /** Own registry (not prom-client's global one): two apps in one test process do not collide. */
  registry: Registry;
  messagesIn: Counter<'channel'>;
  messagesOut: Counter<'channel' | 'status'>;
  turnDuration: Histogram<'outcome'>;
  outboxBacklog: Gauge;
  scheduledJobsDue: Gauge;
  errors: Counter<'kind'>;
  webhookRequests: Counter<'route' | 'status'>;
  /** Ticket reads (a photo, typed details) and revisions, by outcome and by the reader that answered. */
  ticketReads: Counter<'step' | 'outcome' | 'source'>;
  ticketReadDuration: Histogram<'step' | 'source'>;
  analyses: Counter<'status' | 'engine'>;
  analysisDuration: Histogram<'engine'>;
  stripeEvents: Counter<'type' | 'outcome'>;
  emailsSent: Counter<'status'>;
  /** Requests refused with 429 by route family, and driver messages not run because of a burst (`sender`). */
  rateLimited: Counter<'route'>;
  /** 0 closed, 1 open, 0.5 half-open, per provider (anthropic, voyage, qdrant, ollama). */
  breakerState: Gauge<'provider'>;
  /** The gauge asks this at every scrape; until set, it reports 0. */
  setOutboxBacklogSource(source: () => Promise<number>): void;
  setScheduledJobsDueSource(source: () => Promise<number>): void;
}

export interface CreateMetricsOptions {
  /** How long a gauge source may take during a scrape before it is given up (default 2 s). */
  sourceTimeoutMs?: number;
}

// A turn is a database transaction plus, at worst, an OCR/LLM call: 5 ms to 30 s.
const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30];

export function createMetrics({ sourceTimeoutMs = 2_000 }: CreateMetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const errors = new Counter({
    name: 'ticket911_errors_total',
    help: 'Errors by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });

  const sources: { outboxBacklog?: () => Promise<number>; scheduledJobsDue?: () => Promise<number> } = {};

  // Gauges read from the database at scrape time rather than being kept in step
  // by every writer. A failing or slow source must not fail the whole scrape:
  // the gauge keeps its last value and the failure is counted instead.
  const readSource = async (gauge: Gauge, key: keyof typeof sources) => {
    const source = sources[key];
    if (!source) return;
    try {
      gauge.set(await withTimeout(source(), sourceTimeoutMs));
    } catch {
      errors.inc({ kind: 'metrics_source' });
    }
  };

  const outboxBacklog: Gauge = new Gauge({
    name: 'ticket911_outbox_backlog',
    help: 'Outbound messages waiting in the outbox (pending or retrying).',
    registers: [registry],
    collect: () => readSource(outboxBacklog, 'outboxBacklog'),
  });

  const scheduledJobsDue: Gauge = new Gauge({
    name: 'ticket911_scheduled_jobs_due',
    help: 'Scheduled jobs whose run time has passed and that have not run yet.',
    registers: [registry],
    collect: () => readSource(scheduledJobsDue, 'scheduledJobsDue'),
  });

  return {
    registry,
    messagesIn: new Counter({
      name: 'ticket911_messages_in_total',
      help: 'Inbound messages accepted, by channel.',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'ticket911_messages_out_total',
      help: 'Outbound messages by channel and outcome (sent, failed, dead, suppressed).',
      labelNames: ['channel', 'status'] as const,
      registers: [registry],
    }),
    turnDuration: new Histogram({
      name: 'ticket911_turn_duration_seconds',
      help: 'Time to process one conversation turn, by outcome.',
      labelNames: ['outcome'] as const,
      buckets: TURN_BUCKETS,
      registers: [registry],
    }),
    outboxBacklog,
    scheduledJobsDue,
    errors,
    webhookRequests: new Counter({
      name: 'ticket911_webhook_requests_total',
      help: 'Provider webhook requests by route and HTTP status.',
      labelNames: ['route', 'status'] as const,
      registers: [registry],
    }),
    ticketReads: new Counter({
      name: 'ticket911_ticket_reads_total',
      help: 'Ticket reads and revisions by outcome (ticket, not_a_ticket, unreadable, …) and reader (claude-vision, ocr, …).',
      labelNames: ['step', 'outcome', 'source'] as const,
      registers: [registry],
    }),
    ticketReadDuration: new Histogram({
      name: 'ticket911_ticket_read_duration_seconds',
      help: 'Time from the driver\'s file or words to a read ticket, by reader.',
      labelNames: ['step', 'source'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 30],
      registers: [registry],
    }),
    analyses: new Counter({
      name: 'ticket911_analyses_total',
      help: 'Contest analyses by outcome (scored, needs_lawyer, refused) and engine (claude, ollama, offline).',
      labelNames: ['status', 'engine'] as const,
      registers: [registry],
    }),
    analysisDuration: new Histogram({
      name: 'ticket911_analysis_duration_seconds',
      help: 'Time from a confirmed ticket to its analysis (retrieval and model or rules), by engine.',
      labelNames: ['engine'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 60],
      registers: [registry],
    }),
    stripeEvents: new Counter({
      name: 'ticket911_stripe_events_total',
      help: 'Stripe webhook events by type and what they did (paid, flagged, duplicate, ignored…).',
      labelNames: ['type', 'outcome'] as const,
      registers: [registry],
    }),
    emailsSent: new Counter({
      name: 'ticket911_emails_total',
      help: 'Receipt emails by result (sent, retry, dead).',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    breakerState: new Gauge({
      name: 'ticket911_breaker_state',
      help: 'Circuit breaker of each provider: 0 closed, 1 open (calls fail fast), 0.5 half-open (one probe).',
      labelNames: ['provider'] as const,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'ticket911_rate_limited_total',
      help: 'Requests refused with 429 by route family, and driver messages not run because of a burst (route "sender").',
      labelNames: ['route'] as const,
      registers: [registry],
    }),
    setOutboxBacklogSource(source) {
      sources.outboxBacklog = source;
    },
    setScheduledJobsDueSource(source) {
      sources.scheduledJobsDue = source;
    },
  };
}
