import { JourneyError, openJourneyChat } from './journeys-chat-client.js';
import type { JourneyPhoto } from './journeys-photos.js';

export type JourneyOutcome = 'quoted' | 'not_confirmable' | 'error';

export interface JourneyRecord {
  photo: string;
  outcome: JourneyOutcome;
  /** http | timeout | stream | aborted, and at which step. */
  error?: string;
  /** "Your ticket is in line" notices received. */
  busyNotices: number;
  /** Photo sent → summary (OCR stage, queueing included). */
  ocrMs?: number;
  /** YES to the summary → the score (analysis stage). */
  analysisMs?: number;
  /** Score → quote (quote stage). */
  quoteMs?: number;
  /** Photo sent → quote: what the driver waits, their confirmation included. */
  photoToQuoteMs?: number;
  /** Session created → quote. */
  totalMs?: number;
  /** A quote without a score: the analysis answered "a lawyer will look". */
  noScore?: boolean;
}

// The English replies that mark each step (i18n/catalog-en.ts and friends).
const CONSENT_NOTICE = (text: string) => text.includes('Reply YES or NO');
const ASK_TICKET = (text: string) => text.includes('Send a clear photo of your ticket');
const BUSY = (text: string) => text.startsWith('Lots of tickets right now');
const NOT_BUSY = (text: string) => !BUSY(text);
const CONFIRMABLE = (text: string) => text.includes('Is this right?');
const SCORE_OR_QUOTE = (text: string) => text.includes('/100 for contesting') || text.includes('Price to defend your ticket');
const QUOTE = (text: string) => text.includes('Price to defend your ticket');

export interface RunJourneyOptions {
  origin: string;
  photo: JourneyPhoto;
  stepTimeoutMs: number;
  signal: AbortSignal;
  /** Called as each step ends, for the progress line. */
  onStep?: (step: 'consented' | 'summary' | 'score' | 'quote') => void;
}

/** One driver's journey on the web chat: hello, YES, the photo, YES to the summary, then the score and the quote. */
export async function runJourneyConversation({ origin, photo, stepTimeoutMs, signal, onStep }: RunJourneyOptions): Promise<JourneyRecord> {
  const record: JourneyRecord = { photo: photo.id, outcome: 'error', busyNotices: 0 };
  let step = 'session';
  const started = performance.now();
  let chat: Awaited<ReturnType<typeof openJourneyChat>> | undefined;
  try {
    chat = await openJourneyChat({ origin, language: 'en', signal });
    step = 'consent';
    await chat.say('Hello, I got a ticket');
    await chat.waitFor(CONSENT_NOTICE, stepTimeoutMs);
    await chat.say('yes');
    await chat.waitFor(ASK_TICKET, stepTimeoutMs);
    onStep?.('consented');

    step = 'photo';
    const photoSent = performance.now();
    await chat.sendPhoto(photo.bytes, `${photo.id}.jpg`);
    const summary = await chat.waitFor(NOT_BUSY, stepTimeoutMs);
    record.busyNotices = summary.skipped.filter((reply) => BUSY(reply.text)).length;
    record.ocrMs = summary.reply.at - photoSent;
    onStep?.('summary');
    if (!CONFIRMABLE(summary.reply.text)) {
      // The reader missed the offence or the date (the driver would type them), or could not read the photo.
      record.outcome = 'not_confirmable';
      return record;
    }

    step = 'analysis';
    const confirmed = performance.now();
    await chat.say('yes');
    const first = await chat.waitFor(SCORE_OR_QUOTE, stepTimeoutMs);
    record.analysisMs = first.reply.at - confirmed;
    let quoted = first.reply;
    if (QUOTE(first.reply.text)) {
      record.noScore = true;
    } else {
      onStep?.('score');
      step = 'quote';
      quoted = (await chat.waitFor(QUOTE, stepTimeoutMs)).reply;
      record.quoteMs = quoted.at - first.reply.at;
    }
    record.photoToQuoteMs = quoted.at - photoSent;
    record.totalMs = quoted.at - started;
    onStep?.('quote');
    record.outcome = 'quoted';
    return record;
  } catch (error) {
    record.error = error instanceof JourneyError ? `${error.kind} at ${step}` : `${(error as Error).name} at ${step}`;
    return record;
  } finally {
    chat?.close();
  }
}
