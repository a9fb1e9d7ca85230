import type { Message } from '@anthropic-ai/sdk/resources/messages/messages';
import type { z } from 'zod';
import { ClaudeReadError } from './claude-read-error.js';

/**
 * The JSON text block of a structured-output answer, validated by `schema`: keys
 * outside the schema are dropped, a value outside it is invalid_output. Whatever
 * the model was told by the ticket, only schema-bound fields come out of here.
 */
export function parseStructuredAnswer<Schema extends z.ZodType>({ message, schema }: { message: Message; schema: Schema }): z.infer<Schema> {
  const details = { retryable: false };
  // refusal: the model declined; max_tokens: the JSON was cut short.
  if (message.stop_reason === 'refusal' || message.stop_reason === 'max_tokens') {
    throw new ClaudeReadError('invalid_output', { ...details, reason: message.stop_reason });
  }
  const text = message.content.find((block) => block.type === 'text');
  if (!text || text.type !== 'text') throw new ClaudeReadError('invalid_output', { ...details, reason: 'no_text' });
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch {
    throw new ClaudeReadError('invalid_output', { ...details, reason: 'not_json' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new ClaudeReadError('invalid_output', { ...details, reason: `schema: ${paths.join(', ')}` });
  }
  return parsed.data;
}
