/**
 * How an error appears in a log line. Messages of library errors are left out:
 * Prisma's quote the arguments of the failed query (a driver's text, a phone
 * number), HTTP clients' quote request bodies. Our own errors are written
 * without personal data, so theirs are kept. The stack keeps its frames only
 * (its first line repeats the message).
 */
const OWN_ERRORS = new Set([
  'SendError',
  'ConfigError',
  'SnapshotUpgradeError',
  'TurnConflictError',
  'MediaFetchError',
  'BotFrameworkMediaError',
  'TimeoutError',
]);

export interface SerializedError {
  type: string;
  message?: string;
  code?: string | number;
  statusCode?: number;
  stack?: string;
}

export function serializeError(value: unknown): SerializedError {
  if (!(value instanceof Error)) return { type: typeof value };
  const { code, statusCode, status } = value as Error & { code?: unknown; statusCode?: unknown; status?: unknown };
  const httpStatus = typeof statusCode === 'number' ? statusCode : typeof status === 'number' ? status : undefined;
  const frames = value.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return {
    type: value.name,
    ...(OWN_ERRORS.has(value.name) ? { message: value.message } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(httpStatus !== undefined ? { statusCode: httpStatus } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}
