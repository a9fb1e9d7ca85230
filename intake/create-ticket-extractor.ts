import type { Language } from '../i18n/languages.js';
import { applyTicketCorrection, type TicketChanges } from '../tickets/apply-ticket-correction.js';
import type { IntakeOutcome, ReaderName, RevisionOutcome } from '../tickets/ticket-intake-outcome.js';
import type { TicketReading } from '../tickets/ticket-reading.js';
import { TIME_ZONE_BY_JURISDICTION, type Jurisdiction } from '../tickets/ticket-schema.js';
import { todayInTimeZone } from '../tickets/today-in-time-zone.js';
import { finishReading } from './finish-reading.js';
import { looksLikePaper } from './looks-like-paper.js';
import { loadTicketFile } from './media/load-ticket-file.js';
import { TicketFileError } from './media/ticket-file-error.js';
import type { TicketImage } from './media/ticket-image.js';
import { createOcrEngine, type OcrEngine } from './ocr/create-ocr-engine.js';
import { parseTicketCorrection } from './typed/parse-ticket-correction.js';
import { parseTicketText } from './parsers/parse-ticket-text.js';
import { parseTypedDescription } from './typed/parse-typed-description.js';
import { readJurisdictionAnswer } from './read-jurisdiction-answer.js';

/** What the Claude reader (intake/claude/) offers; null when ANTHROPIC_API_KEY is not set. */
export interface ClaudeTicketReaderPort {
  readImage(options: { jpeg: Buffer; mediaType: 'image/jpeg'; hints: ReaderHints }): Promise<TicketReading>;
  readText(options: { text: string; hints: ReaderHints }): Promise<TicketReading>;
  readCorrection(options: { draft: TicketReading; text: string; language: Language; today: string }): Promise<{ changes: TicketChanges; understood: boolean }>;
}

export interface ReaderHints {
  marketHint: Jurisdiction | null;
  today: string;
}

/** Only what the extractor logs: which reader failed and why, never the ticket's content. */
export interface IntakeLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface TicketMaterial {
  files: { bytes: Buffer; contentType?: string }[];
  text?: string | null;
}

export interface ExtractHints {
  /** The jurisdiction of the number the driver texted: a last hint, never proof. */
  marketHint: Jurisdiction | null;
  now?: Date;
  /** YYYY-MM-DD; defaults to today in the ticket's jurisdiction. */
  today?: string;
}

export interface ReviseOptions {
  draft: TicketReading;
  text: string;
  language: Language;
  marketHint: Jurisdiction | null;
  now?: Date;
  today?: string;
}

export interface TicketExtractor {
  extract(material: TicketMaterial, hints: ExtractHints): Promise<IntakeOutcome>;
  revise(options: ReviseOptions): Promise<RevisionOutcome>;
  /** Starts the OCR worker now (about a second) rather than on the first photo. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateTicketExtractorOptions {
  claude: ClaudeTicketReaderPort | null;
  logger?: IntakeLogger;
  /** Files above this are refused before decoding. */
  maxBytes?: number;
  /** Shared OCR engine (its worker is costly to start); created when absent. */
  ocr?: OcrEngine;
  /** Where the OCR language data directory is assembled. */
  cacheDir?: string;
}

/** OCR that found fewer characters than this read nothing usable. */
const MIN_OCR_TEXT = 40;
/** Below this mean OCR confidence a "not a ticket" verdict is not trusted. */
const UNSURE_OCR = 0.6;

const NO_LOGGER: IntakeLogger = { warn: () => {} };

/**
 * Photo, PDF or typed words → ticket. Claude reads when configured; when it
 * is not, or fails (rate limit, overload, timeout, unexpected output), the
 * offline OCR and the form parsers read instead, so a driver always gets an
 * answer. Only the first document is read: it is the ticket's front.
 */
export async function createTicketExtractor(options: CreateTicketExtractorOptions): Promise<TicketExtractor> {
  const logger = options.logger ?? NO_LOGGER;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const ownsOcr = !options.ocr;
  // Typed words and Claude need no OCR: its worker starts on the first photo that does (or warmUp()).
  let ocrStarted: Promise<OcrEngine> | undefined = options.ocr ? Promise.resolve(options.ocr) : undefined;
  const ocr = () => (ocrStarted ??= createOcrEngine({ cacheDir: options.cacheDir }));
  const { claude } = options;

  const todayFor = (hints: { marketHint: Jurisdiction | null; now?: Date; today?: string }) =>
    hints.today ?? todayInTimeZone(hints.now ?? new Date(), TIME_ZONE_BY_JURISDICTION[hints.marketHint ?? 'QC']);

  async function withClaude<T>(what: string, read: (reader: ClaudeTicketReaderPort) => Promise<T>): Promise<T | null> {
    if (!claude) return null;
    try {
      return await read(claude);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      logger.warn({ reader: 'claude', what, code: typeof code === 'string' ? code : 'unknown', err: error }, 'Claude could not read: falling back to offline reading');
      return null;
    }
  }

  async function readImage(image: TicketImage, hints: ExtractHints): Promise<{ reading: TicketReading; source: ReaderName } | IntakeOutcome> {
    const readerHints = { marketHint: hints.marketHint, today: todayFor(hints) };
    const fromClaude = await withClaude('image', (reader) => reader.readImage({ jpeg: image.jpeg, mediaType: image.mediaType, hints: readerHints }));
    if (fromClaude) return { reading: fromClaude, source: 'claude-vision' };

    const ocrResult = await (await ocr()).recognise({ image: image.ocrImage.png });
    if (ocrResult.text.replace(/\s+/g, '').length < MIN_OCR_TEXT) {
      return (await looksLikePaper({ image: image.jpeg })) ? { kind: 'unreadable', reason: 'illegible' } : { kind: 'not_a_ticket' };
    }
    const reading = parseTicketText({ text: ocrResult.text, marketHint: hints.marketHint, ocrConfidence: ocrResult.confidence, today: readerHints.today });
    // A poor read of a sheet of paper is far more likely a ticket we could not read than something
    // else: ask for a better photo rather than tell a driver holding a ticket that it is not one.
    if (!reading.isTicket && ocrResult.confidence < UNSURE_OCR && (await looksLikePaper({ image: image.jpeg }))) {
      return { kind: 'unreadable', reason: 'illegible' };
    }
    return { reading, source: 'ocr' };
  }

  async function readText(text: string, hints: ExtractHints): Promise<{ reading: TicketReading; source: ReaderName }> {
    const readerHints = { marketHint: hints.marketHint, today: todayFor(hints) };
    const fromClaude = await withClaude('text', (reader) => reader.readText({ text, hints: readerHints }));
    if (fromClaude) return { reading: fromClaude, source: 'claude-text' };
    return { reading: parseTypedDescription({ text, marketHint: hints.marketHint, today: readerHints.today }), source: 'typed-parser' };
  }

  return {
    async extract(material, hints) {
      const now = hints.now ?? new Date();
      const file = material.files[0];
      let read: { reading: TicketReading; source: ReaderName } | IntakeOutcome;
      if (file) {
        let image: TicketImage;
        try {
          image = await loadTicketFile({ bytes: file.bytes, maxBytes });
        } catch (error) {
          if (error instanceof TicketFileError) return { kind: 'unreadable', reason: error.code };
          throw error;
        }
        read = await readImage(image, hints);
      } else if (material.text?.trim()) {
        read = await readText(material.text.trim(), hints);
      } else {
        return { kind: 'unreadable', reason: 'no_material' };
      }
      if ('kind' in read) return read;
      return finishReading({ reading: read.reading, source: read.source, now, today: hints.today });
    },

    async revise({ draft, text, language, marketHint, now = new Date(), today }) {
      const jurisdiction = readJurisdictionAnswer(text);
      let changes: TicketChanges;
      if (jurisdiction) {
        changes = { jurisdiction };
      } else {
        const day = today ?? todayFor({ marketHint: draft.jurisdiction ?? marketHint, now });
        const fromClaude = await withClaude('correction', (reader) => reader.readCorrection({ draft, text, language, today: day }));
        const correction = fromClaude ?? parseTicketCorrection({ text, draft, language, today: day });
        if (!correction.understood || Object.keys(correction.changes).length === 0) return { kind: 'not_understood' };
        changes = correction.changes;
      }
      const revised = applyTicketCorrection({ draft, changes });
      return finishReading({ reading: revised, source: 'correction', now, today });
    },

    async warmUp() {
      await ocr();
    },

    async close() {
      if (ownsOcr && ocrStarted) await (await ocrStarted).close();
    },
  };
}
