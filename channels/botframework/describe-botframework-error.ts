/**
 * What of an error may be logged: its kind and status, never its message,
 * which can quote a connector response or a request body.
 */
export function describeBotFrameworkError(error: unknown): { name: string; code?: string; statusCode?: number } {
  if (!(error instanceof Error)) return { name: typeof error };
  const { code, statusCode } = error as Error & { code?: unknown; statusCode?: unknown };
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
  };
}
