/**
 * A streamed /api/chat answer as Ollama sends it: NDJSON, one object a line,
 * the last with done true and the counters (https://github.com/ollama/ollama/blob/main/docs/api.md).
 */
export function ollamaChatStream({ model, content = '', toolCalls }: { model: string; content?: string; toolCalls?: { name: string; arguments: unknown }[] }): string {
  const createdAt = '2026-11-21T15:04:05.123456Z';
  const lines: unknown[] = [
    {
      model,
      created_at: createdAt,
      message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls.map((call) => ({ function: call })) } : {}) },
      done: false,
    },
    {
      model,
      created_at: createdAt,
      message: { role: 'assistant', content: '' },
      done_reason: 'stop',
      done: true,
      total_duration: 4_935_886_791,
      load_duration: 534_986_708,
      prompt_eval_count: 2_410,
      prompt_eval_duration: 107_345_000,
      eval_count: 380,
      eval_duration: 4_289_432_000,
    },
  ];
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}
