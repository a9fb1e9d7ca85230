import { MultipleStructuredOutputsError, StructuredOutputParsingError } from 'langchain';

export interface AgentFailure {
  reason: 'model_unavailable' | 'invalid_output';
  /** For the logs: a status, an error type or schema paths, never a message the provider wrote (it may quote the request). */
  detail: string;
}

/** Error names of the SDKs and of fetch that mean the provider could not be reached or did not answer in time. */
const UNREACHABLE = new Set([
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
  'AbortError',
  'TimeoutError',
  'RateLimitCapacityError',
  'RateLimitQuotaExhaustedError',
  'InsufficientQuotaError',
]);
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/**
 * What `agent.invoke` threw -> why the attempt failed. The chat models have
 * already retried (ChatAnthropic through its caller's `maxRetries`), so an
 * HTTP status or a connection failure here means the model is unavailable for
 * now: the analyser does not try again. The agent's own structured-output
 * errors, a recursion limit and anything unknown are the model's output.
 */
export function classifyAgentError({ error }: { error: unknown }): AgentFailure {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const name = errorName(error);
  const status = numeric(fields.status) ?? numeric(fields.status_code) ?? numeric((fields.response as Record<string, unknown> | undefined)?.status);
  if (status !== undefined) {
    const type = apiErrorType(fields);
    return { reason: 'model_unavailable', detail: `HTTP ${status}${type ? ` ${type}` : ''}` };
  }
  const unreachable = classNames(error).find((className) => UNREACHABLE.has(className));
  if (unreachable) return { reason: 'model_unavailable', detail: unreachable };
  const code = connectionCode(error);
  if (code) return { reason: 'model_unavailable', detail: `connection ${code}` };
  if (error instanceof TypeError && error.message === 'fetch failed') return { reason: 'model_unavailable', detail: 'connection failed' };
  if (error instanceof StructuredOutputParsingError) {
    // The JSON Schema validator's messages name properties and limits, not the values the model wrote.
    return { reason: 'invalid_output', detail: `schema: ${error.errors.slice(0, 3).map((item) => item.slice(0, 120)).join('; ') || 'tool arguments'}` };
  }
  if (error instanceof MultipleStructuredOutputsError) return { reason: 'invalid_output', detail: 'several structured answers' };
  if (name === 'GraphRecursionError') return { reason: 'invalid_output', detail: 'too many steps without an answer' };
  return { reason: 'invalid_output', detail: `unexpected ${name}` };
}

/**
 * The class names of an error and its ancestors: the Anthropic SDK bundled in
 * @langchain/anthropic is not the project's, so its classes cannot be imported
 * for instanceof, and its errors keep name "Error".
 */
function classNames(error: unknown): string[] {
  const names: string[] = [];
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') names.push((error as { name: string }).name);
  for (let proto = typeof error === 'object' && error !== null ? Object.getPrototypeOf(error) : null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const className = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof className === 'string' && className) names.push(className);
  }
  return names;
}

function errorName(error: unknown): string {
  return classNames(error).find((className) => className !== 'Error') ?? classNames(error)[0] ?? typeof error;
}

function numeric(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}

/** The provider's stable error type, e.g. "overloaded_error" ({ error: { type } } in Anthropic's body). */
function apiErrorType(fields: Record<string, unknown>): string | undefined {
  const body = fields.error as Record<string, unknown> | undefined;
  const inner = body?.error as Record<string, unknown> | undefined;
  const type = inner?.type ?? fields.type;
  return typeof type === 'string' && /^[a-z_]{1,40}$/.test(type) ? type : undefined;
}

/** undici puts the socket error's code on `cause` (possibly nested). */
function connectionCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
