import { escapeSlackText } from './escape-slack-text.js';

/** Slack refuses a section whose text is longer than 3000 characters. */
export const SLACK_SECTION_LIMIT = 3000;

export interface SplitSlackTextOptions {
  text: string;
  limit?: number;
  /** The text is already mrkdwn (mentions, links): do not escape it again. */
  markup?: boolean;
}

/**
 * Cuts a long text into pieces that each fit a section, so nothing is lost:
 * the pieces, unescaped and joined, are the text. A cut falls after a line
 * break or a space when one is near, never inside an escape or a surrogate pair.
 */
export function splitSlackText({ text, limit = SLACK_SECTION_LIMIT, markup = false }: SplitSlackTextOptions): string[] {
  const escape = markup ? (value: string) => value : escapeSlackText;
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    let end = longestFittingPrefix(rest, limit, escape);
    if (end < rest.length) end = preferredCut(rest, end);
    pieces.push(escape(rest.slice(0, end)));
    rest = rest.slice(end);
  }
  return pieces;
}

function longestFittingPrefix(text: string, limit: number, escape: (value: string) => string): number {
  let length = 0;
  let end = 0;
  while (end < text.length) {
    const width = escape(text[end]).length;
    if (length + width > limit) break;
    length += width;
    end += 1;
  }
  // Keep a surrogate pair (an emoji) whole.
  if (end < text.length && end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
  return Math.max(end, 1);
}

function preferredCut(text: string, end: number): number {
  const newline = text.lastIndexOf('\n', end - 1);
  if (newline >= end / 2) return newline + 1;
  const space = text.lastIndexOf(' ', end - 1);
  if (space >= end / 2) return space + 1;
  return end;
}
