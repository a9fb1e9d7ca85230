/** Answers that say the provider, not our request, is the problem: worth failing fast on. */
export function isFaultStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

const FAULT_NAMES = /^(APIConnectionError|APIConnectionTimeoutError|AbortError|TimeoutError|ConnectTimeoutError|SocketError|HeadersTimeoutError|BodyTimeoutError)$/;
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT']);

/**
 * Whether a thrown error is a provider fault (429, 529, 5xx, 408, a timeout,
 * a refused or reset connection), as opposed to our own mistake (400, 401,
 * 404, invalid output) which an open breaker would not cure. Errors are
 * recognised by shape (status, name, code along `cause`) because the SDKs
 * (Anthropic inside LangChain, Qdrant's client, undici) do not share classes.
 */
export function isProviderFault(error: unknown): boolean {
  for (let current = error, depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const fields = current as { status?: unknown; statusCode?: unknown; name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    const status = typeof fields.status === 'number' ? fields.status : typeof fields.statusCode === 'number' ? fields.statusCode : undefined;
    if (status !== undefined && status >= 100) return isFaultStatus(status);
    if (typeof fields.name === 'string' && FAULT_NAMES.test(fields.name)) return true;
    if (typeof fields.code === 'string' && CONNECTION_CODES.has(fields.code)) return true;
    if (current instanceof TypeError && fields.message === 'fetch failed') return true;
    current = fields.cause;
  }
  return false;
}
