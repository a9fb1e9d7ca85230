import type { Response } from 'express';

export interface SendErrorOptions {
  status: number;
  /** Stable, machine-readable: the widget picks its translated notice from it. */
  code: string;
  /** For developers; never shown to drivers, never contains what they wrote. */
  message: string;
  headers?: Record<string, string>;
}

/** Every web chat error has the same JSON shape: `{ error: { code, message } }`. */
export function sendError(res: Response, { status, code, message, headers }: SendErrorOptions): void {
  if (headers) res.set(headers);
  res.status(status).json({ error: { code, message } });
}
