/** An answer in the documented shape of the Messages API, with structured output in a text block. */
export function anthropicMessage({ model = 'claude-sonnet-5-5', json, stopReason = 'end_turn' }: { model?: string; json: unknown; stopReason?: string }) {
  return {
    id: 'msg_01TestTicketReading0000000',
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text: typeof json === 'string' ? json : JSON.stringify(json) }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 1520, output_tokens: 212, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

/** The Messages API's error body. */
export function anthropicError(type: string, message: string) {
  return { type: 'error', error: { type, message }, request_id: 'req_011TestError' };
}
