/** Paths no budget applies to (bot/http/rate-limits/mount-rate-limits.ts): probes and the scrape. */
const UNLIMITED = new Set(['/healthz', '/readyz', '/metrics']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const TOO_MANY = {
  description: 'Over the budget of this route family for this client, or of this web chat session (code rate_limited): retry after Retry-After seconds',
  headers: {
    'Retry-After': { schema: { type: 'integer', minimum: 1 }, description: 'Seconds before a new attempt can succeed' },
    'RateLimit-Limit': { schema: { type: 'integer' }, description: 'Requests allowed per window' },
    'RateLimit-Remaining': { schema: { type: 'integer' }, description: 'Requests left now' },
    'RateLimit-Reset': { schema: { type: 'integer' }, description: 'Seconds until the budget is whole again' },
  },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

interface OpenApiLike {
  paths: Record<string, Record<string, unknown>>;
}

/** Adds the 429 every rate-limited operation may answer, so the document cannot forget one. */
export function addRateLimitResponses<T extends OpenApiLike>(document: T): T {
  for (const [path, item] of Object.entries(document.paths)) {
    if (UNLIMITED.has(path)) continue;
    for (const method of METHODS) {
      const operation = item[method] as { responses?: Record<string, unknown> } | undefined;
      if (operation?.responses && !operation.responses['429']) operation.responses['429'] = TOO_MANY;
    }
  }
  return document;
}
