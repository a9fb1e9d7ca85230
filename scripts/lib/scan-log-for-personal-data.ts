/**
 * Reads a captured service log (pino JSON lines, or any text) and finds what
 * must never be there in clear: phone numbers, licence numbers, and the exact
 * strings the caller planted — message bodies sent during the run, the Twilio
 * auth token, request signatures. The logger masks (bot/logging/mask-personal-data.ts);
 * this is the independent check over a whole run that the masking held.
 *
 * Used by bench:ingest, drill:kill-ingest and bench:journeys. Needles are
 * matched literally and also as they appear once JSON-escaped or URL-encoded,
 * so a body that leaked inside a logged form or a JSON string is still found.
 */

export type LeakKind = 'phone' | 'licence' | 'body' | 'secret';

export interface LogNeedle {
  kind: 'body' | 'secret';
  value: string;
}

export interface LogLeak {
  kind: LeakKind;
  /** 1-based line number in the log. */
  line: number;
  /** The matched text with all but its last three characters hidden, so the report itself leaks nothing. */
  match: string;
}

export interface LogScanResult {
  lines: number;
  hits: number;
  byKind: Record<LeakKind, number>;
  /** The first `keep` leaks, for the report. */
  samples: LogLeak[];
}

export interface ScanLogOptions {
  lines: Iterable<string> | AsyncIterable<string>;
  needles?: LogNeedle[];
  /** How many leaks to keep as samples (all are counted). */
  keep?: number;
}

// Not inside a longer id (UUIDs, SIDs, hashes and ISO dates carry digit runs too).
const E164 = /(?<![\w-])(?:whatsapp:)?\+[1-9]\d{7,14}(?![\w-])/g;
// North American: (514) 555-0123, 514-555-0123, 514.555.0123, 514 555 0123, 1-514-555-0123.
const NANP_SEPARATED = /(?<![\w-])(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])/g;
// Bare 10 or 11 digits shaped like a NANP number (area and exchange codes start 2-9).
const NANP_BARE = /(?<![\w.:+-])1?[2-9]\d{2}[2-9]\d{6}(?![\w.:-])/g;
// Québec permit (A1234-123456-12) and Ontario licence (A1234-12345-12345), with or without separators.
const LICENCE = /(?<![\w-])[A-Z]\d{4}[\s-]?(?:\d{6}[\s-]?\d{2}|\d{5}[\s-]?\d{5})(?![\w-])/gi;

const PATTERNS: { kind: LeakKind; pattern: RegExp }[] = [
  { kind: 'phone', pattern: E164 },
  { kind: 'phone', pattern: NANP_SEPARATED },
  { kind: 'phone', pattern: NANP_BARE },
  { kind: 'licence', pattern: LICENCE },
];

function hide(value: string): string {
  return value.length <= 3 ? '***' : `***${value.slice(-3)}`;
}

function variantsOf(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  return [...new Set([value, json, form, encodeURIComponent(value)])];
}

export async function scanLogForPersonalData({ lines, needles = [], keep = 20 }: ScanLogOptions): Promise<LogScanResult> {
  const literal = needles.filter((n) => n.value.length >= 6).map((n) => ({ kind: n.kind, variants: variantsOf(n.value) }));
  const result: LogScanResult = { lines: 0, hits: 0, byKind: { phone: 0, licence: 0, body: 0, secret: 0 }, samples: [] };
  const record = (kind: LeakKind, line: number, match: string) => {
    result.hits += 1;
    result.byKind[kind] += 1;
    if (result.samples.length < keep) result.samples.push({ kind, line, match: hide(match) });
  };
  for await (const text of lines) {
    result.lines += 1;
    for (const { kind, pattern } of PATTERNS) {
      for (const found of text.matchAll(pattern)) record(kind, result.lines, found[0]);
    }
    for (const { kind, variants } of literal) {
      const found = variants.find((variant) => text.includes(variant));
      if (found) record(kind, result.lines, found);
    }
  }
  return result;
}
