import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type { ContentBlockParam, Message } from '@anthropic-ai/sdk/resources/messages/messages';
import type { z } from 'zod';
import type { Language } from '../../i18n/languages.js';
import type { Jurisdiction, Ticket } from '../../tickets/ticket-schema.js';
import { ticketReadingSchema, type TicketReading } from '../ticket-reading.js';
import { classifyClaudeError } from './classify-claude-error.js';
import { ClaudeReadError } from './claude-read-error.js';
import { parseStructuredAnswer } from './parse-structured-answer.js';
import { quoteDriverContent } from './quote-driver-content.js';
import { TICKET_CORRECTION_SYSTEM_PROMPT } from './ticket-correction-system-prompt.js';
import { ticketCorrectionSchema, type TicketCorrection } from './ticket-correction-schema.js';
import { TICKET_READING_SYSTEM_PROMPT } from './ticket-reading-system-prompt.js';

export interface CreateClaudeTicketReaderOptions {
  apiKey: string;
  /** ANTHROPIC_MODEL: any current model with vision and structured outputs. */
  model?: string;
  baseURL?: string;
  /** Per attempt; the SDK retries 408/409/429/5xx/529 and connection errors `maxRetries` times. */
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof globalThis.fetch;
  /** Room for the model's (adaptive) thinking and the JSON. */
  maxTokens?: number;
  /** output_config.effort; unset leaves the model's default (some models refuse the parameter). */
  effort?: 'low' | 'medium' | 'high';
}

export interface ReadingHints {
  /** The jurisdiction of the number the driver wrote to: a hint, never proof. */
  marketHint: Jurisdiction | null;
  /** YYYY-MM-DD in the market's time zone. */
  today: string;
}

export type ClaudeImageMediaType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

/** What was shown to the driver: the canonical ticket, or the reading it was drafted from. */
export type ShownTicket = Ticket | TicketReading;

export type ReadCorrectionOptions = ({ ticket: ShownTicket } | { draft: ShownTicket }) & {
  text: string;
  language: Language;
  /** YYYY-MM-DD, for a date given without its year; defaults to today in UTC. */
  today?: string;
};

export interface ClaudeTicketReader {
  readImage(options: { jpeg: Buffer; mediaType: ClaudeImageMediaType; hints: ReadingHints }): Promise<TicketReading>;
  readText(options: { text: string; hints: ReadingHints }): Promise<TicketReading>;
  readCorrection(options: ReadCorrectionOptions): Promise<TicketCorrection>;
}

const DEFAULT_MODEL = 'claude-sonnet-5-5';
const MARKET_NAMES: Record<Jurisdiction, string> = { QC: 'Quebec', ON: 'Ontario', NY: 'New York' };
const LANGUAGE_NAMES: Record<Language, string> = { fr: 'French', en: 'English', es: 'Spanish' };
const SHOWN_FIELDS = [
  'jurisdiction',
  'offenceText',
  'offenceCategory',
  'statute',
  'section',
  'ticketNumber',
  'issuedOn',
  'fineCents',
  'totalPayableCents',
  'demeritPoints',
  'speed',
  'location',
  'court',
  'respondBy',
  'printedRespondBy',
] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Claude reads a ticket photo, a typed description or a correction into
 * schema-bound JSON (structured outputs), validated again with zod. The
 * driver's material only ever travels in the user turn, quoted as data. Every
 * failure is a ClaudeReadError, after the SDK's own retries.
 */
export function createClaudeTicketReader({
  apiKey,
  model = DEFAULT_MODEL,
  baseURL,
  timeoutMs,
  maxRetries,
  fetch,
  maxTokens = 8192,
  effort,
}: CreateClaudeTicketReaderOptions): ClaudeTicketReader {
  const client = new Anthropic({
    apiKey,
    ...(baseURL ? { baseURL } : {}),
    timeout: timeoutMs,
    maxRetries,
    ...(fetch ? { fetch } : {}),
    // The service logs through pino, and a span must never carry a ticket.
    logLevel: 'off',
    openTelemetry: { traces: { contentMode: 'metadata_only' } },
  });
  const readingFormat = { type: 'json_schema' as const, schema: zodOutputFormat(ticketReadingSchema).schema };
  const correctionFormat = { type: 'json_schema' as const, schema: zodOutputFormat(ticketCorrectionSchema).schema };

  async function ask<Schema extends z.ZodType>(request: {
    system: string;
    content: ContentBlockParam[];
    format: typeof readingFormat;
    schema: Schema;
  }): Promise<z.infer<Schema>> {
    let message: Message;
    try {
      message = await client.messages.create({
        model,
        max_tokens: maxTokens,
        system: request.system,
        messages: [{ role: 'user', content: request.content }],
        output_config: { format: request.format, ...(effort ? { effort } : {}) },
      });
    } catch (error) {
      throw classifyClaudeError({ error });
    }
    return parseStructuredAnswer({ message, schema: request.schema });
  }

  return {
    async readImage({ jpeg, mediaType, hints }) {
      return ask({
        system: TICKET_READING_SYSTEM_PROMPT,
        content: [
          // Claude reads best with the image before the words about it.
          { type: 'image', source: { type: 'base64', media_type: mediaType, data: jpeg.toString('base64') } },
          { type: 'text', text: `Extract the fields of the traffic ticket in the image above. ${describeHints(hints)}` },
        ],
        format: readingFormat,
        schema: ticketReadingSchema,
      });
    },

    async readText({ text, hints }) {
      return ask({
        system: TICKET_READING_SYSTEM_PROMPT,
        content: [
          { type: 'text', text: quoteDriverContent({ tag: 'driver_message', text }) },
          { type: 'text', text: `Above, inside <driver_message>, is what a driver typed about their ticket. Extract the ticket fields they state. ${describeHints(hints)}` },
        ],
        format: readingFormat,
        schema: ticketReadingSchema,
      });
    },

    async readCorrection(options) {
      const shown = 'ticket' in options ? options.ticket : options.draft;
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      if (!ISO_DATE.test(today)) throw new ClaudeReadError('bad_request', { retryable: false, reason: 'today' });
      const fields = Object.fromEntries(SHOWN_FIELDS.filter((key) => key in shown).map((key) => [key, (shown as Record<string, unknown>)[key]]));
      return ask({
        system: TICKET_CORRECTION_SYSTEM_PROMPT,
        content: [
          { type: 'text', text: quoteDriverContent({ tag: 'ticket_shown', text: JSON.stringify(fields, null, 1) }) },
          { type: 'text', text: quoteDriverContent({ tag: 'driver_message', text: options.text }) },
          {
            type: 'text',
            text:
              `Above are the ticket we showed the driver and their reply. The conversation is in ${LANGUAGE_NAMES[options.language] ?? 'an unknown language'}. ` +
              `Today is ${today}. Return the changes the reply makes to the ticket.`,
          },
        ],
        format: correctionFormat,
        schema: ticketCorrectionSchema,
      });
    },
  };
}

/** Our own context for the model, outside the driver's quoted content. */
function describeHints({ marketHint, today }: ReadingHints): string {
  if (!ISO_DATE.test(today)) throw new ClaudeReadError('bad_request', { retryable: false, reason: 'today' });
  const market = marketHint
    ? `The driver wrote to our ${MARKET_NAMES[marketHint]} number: a weak hint of the jurisdiction, the ticket itself decides.`
    : 'The jurisdiction is not known in advance.';
  return `Today is ${today}. ${market}`;
}
