import { createClaudeTicketReader } from '../../intake/claude/create-claude-ticket-reader.js';
import type { AppConfig } from '../config/load-config.js';

/** Claude's ticket reader from the `anthropic` configuration, or null when it is off. */
export function createConfiguredClaudeReader({ anthropic, fetch }: { anthropic: AppConfig['anthropic']; fetch?: typeof globalThis.fetch }) {
  if (!anthropic.enabled || !anthropic.apiKey) return null;
  return createClaudeTicketReader({
    apiKey: anthropic.apiKey,
    model: anthropic.model,
    baseURL: anthropic.baseUrl,
    timeoutMs: anthropic.timeoutMs,
    maxRetries: anthropic.maxRetries,
    ...(fetch ? { fetch } : {}),
  });
}
