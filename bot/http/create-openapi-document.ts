import { z } from 'zod';
import {
  staffCaseViewSchema,
  staffConversationViewSchema,
  staffMessageViewSchema,
  staffReplyRequestSchema,
  interacPaymentRequestSchema,
  signedFileCheckSchema,
  hearingRequestSchema,
  outcomeRequestSchema,
} from './staff-port.js';
import { caseStatsSchema } from '../stats/case-stats-schema.js';
import { addRateLimitResponses } from './rate-limits/add-rate-limit-responses.js';

export interface CreateOpenApiDocumentOptions {
  /** Base URL the API is reached at (config.server.publicBaseUrl). */
  serverUrl?: string;
}

type JsonObject = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

/** Staff views come from their zod schemas, so the document follows the code. */
function staffSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  registry.add(staffMessageViewSchema, { id: 'StaffMessageView' });
  registry.add(staffConversationViewSchema, { id: 'StaffConversationView' });
  registry.add(staffCaseViewSchema, { id: 'StaffCaseView' });
  registry.add(signedFileCheckSchema, { id: 'SignedFileCheck' });
  registry.add(caseStatsSchema, { id: 'CaseStats' });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ jsonSchema }) => {
      // z.int() emits ±MAX_SAFE_INTEGER bounds: true, but noise for readers.
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  const reply = z.toJSONSchema(staffReplyRequestSchema, { io: 'input' }) as JsonObject;
  const interac = z.toJSONSchema(interacPaymentRequestSchema, { io: 'input' }) as JsonObject;
  const hearing = z.toJSONSchema(hearingRequestSchema, { io: 'input' }) as JsonObject;
  const outcome = z.toJSONSchema(outcomeRequestSchema, { io: 'input' }) as JsonObject;
  const out: Record<string, JsonObject> = { StaffReplyRequest: reply, InteracPaymentRequest: interac, HearingRequest: hearing, OutcomeRequest: outcome };
  for (const [id, schema] of Object.entries({ ...schemas })) out[id] = schema as JsonObject;
  // Components are embedded, not standalone documents: $schema/$id (a fragment id) do not belong.
  for (const schema of Object.values(out)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out;
}

const staffSecurity = [{ staffBearer: [] }];
const staffErrors = {
  '401': {
    description: 'Missing, wrong or revoked bearer token',
    headers: { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer realm="ticket911-staff"' } },
    content: json(ref('Error')),
  },
  '503': errorResponse('The feature behind this route is off on this server (billing_off, signing_off, reviews_off, stats_off)'),
};
const webChatErrors = {
  '401': errorResponse('Missing or wrong session token'),
  '404': errorResponse('Unknown session'),
};

/** The OpenAPI 3.1 description of every HTTP endpoint of the assistant. Built once at start-up. */
export function createOpenApiDocument({ serverUrl }: CreateOpenApiDocumentOptions = {}) {
  return addRateLimitResponses({
    openapi: '3.1.0',
    info: {
      title: 'Ticket911 Assistant',
      version: '1.0.0',
      description:
        'Chat assistant where drivers contest traffic tickets (SMS, WhatsApp, web chat, Teams), and the operator API of the firm.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [
      { name: 'ops', description: 'Probes and metrics' },
      { name: 'staff', description: "The firm's operator API (bearer token)" },
      { name: 'web-chat', description: 'Web chat widget' },
      { name: 'webhooks', description: 'Provider callbacks (Twilio, Bot Framework)' },
    ],
    // No global security: every operation states its own.
    paths: {
      '/healthz': {
        get: {
          tags: ['ops'],
          operationId: 'getHealth',
          summary: 'Liveness: the process answers',
          security: [],
          responses: {
            '200': { description: 'Alive', content: json(ref('Health')) },
          },
        },
      },
      '/readyz': {
        get: {
          tags: ['ops'],
          operationId: 'getReadiness',
          summary: 'Readiness: the database answers within 2 s and no shutdown is under way',
          security: [],
          responses: {
            '200': { description: 'Ready', content: json(ref('Readiness')) },
            '503': { description: 'Database down or slow, or shutting down', content: json(ref('Readiness')) },
          },
        },
      },
      '/metrics': {
        get: {
          tags: ['ops'],
          operationId: 'getMetrics',
          summary: 'Prometheus metrics (ticket911_* series and process defaults)',
          security: [],
          responses: {
            '200': {
              description: 'Prometheus text exposition format',
              content: { 'text/plain; version=0.0.4; charset=utf-8': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          tags: ['staff'],
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } },
        },
      },
      '/api/v1/conversations/{id}': {
        get: {
          tags: ['staff'],
          operationId: 'getConversation',
          summary: 'A conversation: state, flags, cases and the last 50 messages',
          security: staffSecurity,
          parameters: [idParam('id', 'Conversation id')],
          responses: {
            '200': { description: 'The conversation', content: json(ref('StaffConversationView')) },
            ...staffErrors,
            '404': errorResponse('Unknown conversation'),
          },
        },
      },
      '/api/v1/cases/{id}': {
        get: {
          tags: ['staff'],
          operationId: 'getCase',
          summary: 'A case (one ticket)',
          security: staffSecurity,
          parameters: [idParam('id', 'Case id')],
          responses: {
            '200': { description: 'The case', content: json(ref('StaffCaseView')) },
            ...staffErrors,
            '404': errorResponse('Unknown case'),
          },
        },
      },
      '/api/v1/clients/{id}/export': {
        get: {
          tags: ['staff'],
          operationId: 'exportClientData',
          summary: 'Everything held about a client (Law 25 / PIPEDA access request), as the driver gets it from ACCESS; audited as a staff read',
          security: staffSecurity,
          parameters: [idParam('id', 'Client id')],
          responses: {
            '200': { description: 'The client’s data: details, conversations and transcripts, cases, quotes, payments, invoices, mandates, decisions, audit entries', content: { 'application/json': { schema: { type: 'object' } } } },
            ...staffErrors,
            '404': errorResponse('Unknown or erased client'),
          },
        },
      },
      '/api/v1/conversations/{id}/release': {
        post: {
          tags: ['staff'],
          operationId: 'releaseHandoff',
          summary: 'Hand a conversation back to the bot',
          security: staffSecurity,
          parameters: [idParam('id', 'Conversation id')],
          responses: {
            '200': {
              description: 'Released',
              content: json({ type: 'object', properties: { status: { const: 'released' } }, required: ['status'] }),
            },
            ...staffErrors,
            '404': errorResponse('Unknown conversation'),
            '409': errorResponse('The conversation is not in handoff (code not_in_handoff)'),
          },
        },
      },
      '/api/v1/conversations/{id}/messages': {
        post: {
          tags: ['staff'],
          operationId: 'sendStaffReply',
          summary: 'A person of the firm answers the driver (conversation in handoff)',
          security: staffSecurity,
          parameters: [idParam('id', 'Conversation id')],
          requestBody: { required: true, content: json(ref('StaffReplyRequest')) },
          responses: {
            '202': {
              description: 'Queued in the outbox; delivery is asynchronous',
              content: json({
                type: 'object',
                properties: { messageId: { type: 'string' }, status: { const: 'queued' } },
                required: ['messageId', 'status'],
              }),
            },
            '400': errorResponse('Malformed JSON (invalid_json) or text empty / over 1600 characters (invalid_request)'),
            ...staffErrors,
            '404': errorResponse('Unknown conversation'),
            '413': errorResponse('Body over 16 kB'),
            '415': errorResponse('Body is not application/json'),
          },
        },
      },
      '/api/v1/cases/{id}/payments': {
        post: {
          tags: ['staff'],
          operationId: 'recordInteracPayment',
          summary: 'Record an Interac e-Transfer received for the case: the chat then continues as after a card payment',
          security: staffSecurity,
          parameters: [idParam('id', 'Case id')],
          requestBody: { required: true, content: json(ref('InteracPaymentRequest')) },
          responses: {
            '201': {
              description: 'Recorded: invoice issued, receipt queued, the driver told',
              content: json({ type: 'object', properties: { paymentId: { type: 'string' }, invoiceNumber: { type: 'string' }, status: { const: 'recorded' } }, required: ['paymentId', 'invoiceNumber', 'status'] }),
            },
            '200': {
              description: 'This transfer was already recorded (same reference): nothing new',
              content: json({ type: 'object', properties: { paymentId: { type: 'string' }, status: { const: 'already_recorded' } }, required: ['paymentId', 'status'] }),
            },
            '400': errorResponse('Invalid body (invalid_request)'),
            ...staffErrors,
            '404': errorResponse('Unknown case'),
            '409': errorResponse('The quote was already paid another way (already_paid): the case is flagged'),
            '415': errorResponse('Body is not application/json'),
            '422': errorResponse('No quote of the case has this reference (unknown_reference), or the amount is not the quote total (amount_mismatch): nothing recorded'),
          },
        },
      },
      '/api/v1/cases/{id}/hearing': {
        post: {
          tags: ['staff'],
          operationId: 'recordHearing',
          summary: 'Record the hearing (court time, in the jurisdiction): the driver is told; recording another date tells them again',
          security: staffSecurity,
          parameters: [idParam('id', 'Case id')],
          requestBody: { required: true, content: json(ref('HearingRequest')) },
          responses: {
            '201': { description: 'Recorded; the driver is told', content: json(ref('ReviewActionAnswer')) },
            '200': { description: 'The same hearing was already recorded: nothing new', content: json(ref('ReviewActionAnswer')) },
            '400': errorResponse('Invalid body (invalid_request)'),
            ...staffErrors,
            '404': errorResponse('Unknown case'),
            '409': errorResponse('The case is rejected or closed (review_closed)'),
            '415': errorResponse('Body is not application/json'),
            '422': errorResponse('Not a calendar day, a time in the past, or a case not yet in lawyer review (not_recordable)'),
          },
        },
      },
      '/api/v1/cases/{id}/outcome': {
        post: {
          tags: ['staff'],
          operationId: 'recordOutcome',
          summary: 'Record what the court decided: the driver is told and the case closes',
          security: staffSecurity,
          parameters: [idParam('id', 'Case id')],
          requestBody: { required: true, content: json(ref('OutcomeRequest')) },
          responses: {
            '201': { description: 'Recorded; the case is closed', content: json(ref('ReviewActionAnswer')) },
            '200': { description: 'The same outcome was already recorded', content: json(ref('ReviewActionAnswer')) },
            '400': errorResponse('Invalid body (invalid_request)'),
            ...staffErrors,
            '404': errorResponse('Unknown case'),
            '409': errorResponse('Another outcome was recorded, or the case was rejected (review_closed)'),
            '415': errorResponse('Body is not application/json'),
            '422': errorResponse('reduced without points or fine, or a case not yet in lawyer review (not_recordable)'),
          },
        },
      },
      '/api/v1/stats': {
        get: {
          tags: ['staff'],
          operationId: 'getStats',
          summary: 'Cases by stage and jurisdiction, deadlines at risk, success rates, and how the analysis scores compare with outcomes (deciles, Brier score)',
          security: staffSecurity,
          responses: { '200': { description: 'The figures, computed now', content: json(ref('CaseStats')) }, ...staffErrors },
        },
      },
      '/api/v1/exports/quickbooks.csv': {
        get: {
          tags: ['staff'],
          operationId: 'exportQuickBooksCsv',
          summary: 'Invoices issued between two days (both included, in BILLING_TIME_ZONE), one row per invoice, for QuickBooks Online',
          security: staffSecurity,
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          ],
          responses: {
            '200': { description: 'UTF-8 CSV with a BOM; columns in billing/exports/QUICKBOOKS.md', content: { 'text/csv': { schema: { type: 'string' } } } },
            '400': errorResponse('from/to missing, not YYYY-MM-DD, or from after to'),
            ...staffErrors,
            '404': errorResponse('No such route (the export is only GET)'),
          },
        },
      },
      '/api/v1/signatures/{id}/verify': {
        get: {
          tags: ['staff'],
          operationId: 'verifySignedMandate',
          summary: 'Recompute the SHA-256 of a sealed mandate as stored and say whether it is intact',
          security: staffSecurity,
          parameters: [idParam('id', 'Signature request id')],
          responses: {
            '200': { description: 'The check (intact false: the file changed or is missing)', content: json(ref('SignedFileCheck')) },
            ...staffErrors,
            '404': errorResponse('No signed mandate with this id'),
          },
        },
      },
      '/chat/sessions': {
        post: {
          tags: ['web-chat'],
          operationId: 'createChatSession',
          summary: 'Open a web chat session',
          security: [],
          requestBody: {
            required: false,
            content: json({
              type: 'object',
              properties: {
                language: { enum: ['fr', 'en', 'es'], description: "The switcher's choice; else Accept-Language is used" },
              },
            }),
          },
          responses: {
            '201': { description: 'Session created; keep the token for later calls', content: json(ref('ChatSession')) },
            '400': errorResponse('Malformed body or unknown language'),
          },
        },
      },
      '/chat/sessions/{id}/messages': {
        post: {
          tags: ['web-chat'],
          operationId: 'sendChatMessage',
          summary: 'The driver writes, or uploads a photo of the ticket',
          security: [{ chatSession: [] }],
          parameters: [idParam('id', 'Session id')],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ChatMessageRequest') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    text: { type: 'string', maxLength: 2000 },
                    clientMessageId: { type: 'string' },
                    image: { type: 'string', contentMediaType: 'image/*', description: 'JPEG, PNG, HEIC or WebP' },
                  },
                },
                encoding: { image: { contentType: 'image/jpeg, image/png, image/heic, image/webp' } },
              },
            },
          },
          responses: {
            '202': { description: 'Stored; the reply arrives on the transcript', content: json(ref('AcceptedMessage')) },
            '400': errorResponse('Malformed body (invalid_request, malformed_multipart, invalid_upload), text over 2000 characters (text_too_long), or neither text nor image (empty_message)'),
            ...webChatErrors,
            '413': errorResponse('Photo over MAX_UPLOAD_BYTES (file_too_large) or a field over 1 MB'),
            '415': errorResponse('Neither application/json nor multipart/form-data'),
            '503': errorResponse('Not stored; retry after Retry-After seconds with the same clientMessageId'),
          },
        },
        get: {
          tags: ['web-chat'],
          operationId: 'listChatMessages',
          summary: 'The transcript, after a cursor',
          security: [{ chatSession: [] }],
          parameters: [
            idParam('id', 'Session id'),
            { name: 'after', in: 'query', required: false, description: 'Cursor of the last message seen', schema: { type: 'string' } },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          ],
          responses: {
            '200': {
              description: 'Messages after the cursor, oldest first',
              content: json({
                type: 'object',
                properties: {
                  messages: { type: 'array', items: ref('TranscriptMessage') },
                  cursor: { type: ['string', 'null'], description: 'Pass back as `after`; unchanged when nothing is new' },
                },
                required: ['messages', 'cursor'],
              }),
            },
            '400': errorResponse('Malformed cursor or limit'),
            ...webChatErrors,
          },
        },
      },
      '/chat/sessions/{id}/events': {
        get: {
          tags: ['web-chat'],
          operationId: 'streamChatEvents',
          summary: 'Server-sent events: one `message` event per new transcript message',
          description: 'EventSource cannot send headers, so the session token may also be given as `token` in the query.',
          security: [{ chatSession: [] }, { chatSessionQuery: [] }],
          parameters: [
            idParam('id', 'Session id'),
            { name: 'Last-Event-ID', in: 'header', required: false, description: 'Cursor to resume from', schema: { type: 'string' } },
            { name: 'after', in: 'query', required: false, description: 'Cursor to start after (Last-Event-ID wins)', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'Event stream; each `data:` line is a TranscriptMessage as JSON, `id:` its cursor',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...webChatErrors,
          },
        },
      },
      '/chat/sessions/{id}/media/{mediaId}': {
        get: {
          tags: ['web-chat'],
          operationId: 'getChatMedia',
          summary: 'A photo of this session (the `url` of a transcript media item)',
          security: [{ chatSession: [] }, { chatSessionQuery: [] }],
          parameters: [idParam('id', 'Session id'), idParam('mediaId', 'Media id')],
          responses: {
            '200': { description: 'The image', content: { 'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } } } },
            ...webChatErrors,
          },
        },
      },
      '/webhooks/twilio/messaging': {
        post: {
          tags: ['webhooks'],
          operationId: 'twilioInboundMessage',
          summary: 'Twilio inbound SMS / WhatsApp message',
          security: [{ twilioSignature: [] }],
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: ref('TwilioInboundMessage') } },
          },
          responses: {
            '200': {
              description: 'Stored (or a duplicate retry); empty TwiML, the reply leaves through the outbox',
              content: { 'text/xml': { schema: { type: 'string', examples: ['<Response/>'] } } },
            },
            '400': errorResponse('Not a valid Twilio message (invalid_payload)'),
            '403': errorResponse('X-Twilio-Signature missing or does not match (invalid_signature)'),
            '413': errorResponse('Body over 1 MB'),
            '503': errorResponse('Not stored; Twilio retries with the same MessageSid'),
          },
        },
      },
      '/webhooks/twilio/status': {
        post: {
          tags: ['webhooks'],
          operationId: 'twilioStatusCallback',
          summary: 'Twilio delivery receipt for a message we sent',
          security: [{ twilioSignature: [] }],
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  properties: {
                    MessageSid: { type: 'string' },
                    MessageStatus: {
                      type: 'string',
                      examples: ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'read'],
                    },
                    ErrorCode: { type: 'string' },
                  },
                  required: ['MessageSid', 'MessageStatus'],
                },
              },
            },
          },
          responses: {
            '204': { description: 'Recorded (or an unknown MessageSid, ignored)' },
            '400': errorResponse('Not a valid status callback (invalid_payload)'),
            '403': errorResponse('X-Twilio-Signature missing or does not match (invalid_signature)'),
            '413': errorResponse('Body over 1 MB'),
            '503': errorResponse('Not recorded; Twilio retries'),
          },
        },
      },
      '/api/messages': {
        post: {
          tags: ['webhooks'],
          operationId: 'botFrameworkActivity',
          summary: 'Bot Framework (Azure Bot Service / Teams) activity',
          security: [{ botFramework: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: 'A Bot Framework Activity',
                  properties: {
                    type: { type: 'string', examples: ['message', 'conversationUpdate'] },
                    id: { type: 'string' },
                    text: { type: 'string' },
                    locale: { type: 'string' },
                    conversation: { type: 'object', properties: { id: { type: 'string' } } },
                    from: { type: 'object', properties: { id: { type: 'string' } } },
                    serviceUrl: { type: 'string' },
                    attachments: { type: 'array', items: { type: 'object' } },
                  },
                  required: ['type'],
                },
              },
            },
          },
          responses: {
            '200': { description: 'Activity accepted (non-message activities are acknowledged and ignored)' },
            '400': errorResponse('Not valid JSON, or not an Activity with a type'),
            '401': errorResponse('Bot Connector token missing or invalid'),
            '413': errorResponse('Activity over 1 MB'),
            '503': errorResponse('Not stored; the channel retries'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        staffBearer: {
          type: 'http',
          scheme: 'bearer',
          description: "A staff member's own token (ticket911 staff add; reads of personal data are audited under the member's id) or the STAFF_API_TOKEN service token for machine clients, sent as Authorization: Bearer <token>",
        },
        chatSession: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token returned by POST /chat/sessions',
        },
        chatSessionQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: 'The session token, for EventSource (SSE) only',
        },
        twilioSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Twilio-Signature',
          description: 'HMAC-SHA1 of the URL and parameters with TWILIO_AUTH_TOKEN',
        },
        botFramework: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Token issued by the Bot Connector service',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { code: { type: 'string' }, message: { type: 'string' } },
              required: ['code', 'message'],
            },
          },
          required: ['error'],
        },
        ReviewActionAnswer: {
          type: 'object',
          properties: {
            status: { enum: ['recorded', 'already_recorded'] },
            caseId: { type: 'string' },
            hearing: { type: ['object', 'null'], description: 'at (ISO 8601 instant), timeZone, court, room' },
            outcome: { type: ['object', 'null'], description: 'outcome, points, fineCents' },
          },
          required: ['status', 'caseId', 'hearing', 'outcome'],
        },
        Health: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] },
        Readiness: {
          type: 'object',
          properties: {
            status: { enum: ['ready', 'not_ready'] },
            database: { enum: ['up', 'down'] },
            reason: { const: 'shutting_down' },
          },
          required: ['status'],
        },
        ChatSession: {
          type: 'object',
          properties: { sessionId: { type: 'string' }, token: { type: 'string' } },
          required: ['sessionId', 'token'],
        },
        ChatMessageRequest: {
          type: 'object',
          properties: {
            text: { type: ['string', 'null'], maxLength: 2000 },
            clientMessageId: {
              type: 'string',
              pattern: '^[A-Za-z0-9_-]{1,100}$',
              description: 'Client id of the message: retries are deduplicated on it',
            },
          },
          required: ['text'],
        },
        AcceptedMessage: {
          type: 'object',
          properties: { messageId: { type: 'string' }, duplicate: { type: 'boolean' } },
          required: ['messageId', 'duplicate'],
        },
        TranscriptMessage: {
          type: 'object',
          properties: {
            cursor: { type: 'string' },
            id: { type: 'string' },
            direction: { enum: ['in', 'out'] },
            text: { type: ['string', 'null'] },
            media: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'string' }, contentType: { type: 'string' }, url: { type: 'string' } },
                required: ['id', 'contentType', 'url'],
              },
            },
            status: { type: 'string' },
            createdAt: { type: 'string', format: 'date-time' },
          },
          required: ['cursor', 'id', 'direction', 'text', 'media', 'status', 'createdAt'],
        },
        TwilioInboundMessage: {
          type: 'object',
          properties: {
            MessageSid: { type: 'string' },
            From: { type: 'string', description: 'E.164, or whatsapp:+E.164' },
            To: { type: 'string', description: 'Our number: tells the market' },
            Body: { type: 'string' },
            NumMedia: { type: 'string' },
            MediaUrl0: { type: 'string' },
            MediaContentType0: { type: 'string' },
          },
          required: ['MessageSid', 'From', 'To'],
        },
        ...staffSchemas(),
      },
    },
  });
}
