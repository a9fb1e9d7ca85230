import type { Response } from 'express';

export interface SendJsonErrorOptions {
  status: number;
  /** Stable, machine-readable: clients (the widget picks its translated notice from it) switch on it. */
  code: string;
  /** For developers; never shown to drivers, never quotes what they sent. */
  message: string;
  headers?: Record<string, string>;
}

/** Every HTTP error of the service has this one JSON shape: `{ error: { code, message } }`. */
export function sendJsonError(res: Response, { status, code, message, headers }: SendJsonErrorOptions): void {
  if (headers) res.set(headers);
  res.status(status).json({ error: { code, message } });
}
