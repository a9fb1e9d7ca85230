import type { types } from '@slack/bolt';
import { splitSlackText } from './split-slack-text.js';

/** One or more mrkdwn sections holding all of `text` (Slack's 3000-character limit per section). */
export function toSectionBlocks({ text, markup = false }: { text: string; markup?: boolean }): types.SectionBlock[] {
  // verbatim: a draft's "#12" or "www." stays as written, Slack does not turn it into a link.
  return splitSlackText({ text, markup }).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece, verbatim: true } }));
}
