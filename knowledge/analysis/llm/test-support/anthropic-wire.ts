/** Messages API answers in their documented shape (https://docs.anthropic.com/en/api/messages). */
type ContentBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: unknown };

export function anthropicMessage({ content, stopReason, model = 'claude-sonnet-5-5' }: { content: ContentBlock[]; stopReason: 'tool_use' | 'end_turn' | 'max_tokens'; model?: string }) {
  return {
    id: `msg_01Analysis${Math.random().toString(36).slice(2, 10)}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 2410, output_tokens: 380, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

/** The model calls one tool (a search, or the structured answer). */
export function anthropicToolUse({ id, name, input, text }: { id: string; name: string; input: unknown; text?: string }) {
  return anthropicMessage({ content: [...(text ? [{ type: 'text' as const, text }] : []), { type: 'tool_use', id, name, input }], stopReason: 'tool_use' });
}

/** The Messages API's error body. */
export function anthropicError(type: string, message: string) {
  return { type: 'error', error: { type, message }, request_id: 'req_011AnalysisError' };
}
