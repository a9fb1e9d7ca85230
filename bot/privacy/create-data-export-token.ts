import { createHash } from 'node:crypto';
import { createLinkToken } from '../payments/random-tokens.js';

/** How long a copy's link works: long enough to open it, short enough that a forwarded SMS goes stale. */
export const DATA_EXPORT_VALID_DAYS = 7;

/** SHA-256 (hex) of a link secret: what DataExport stores and looks up. */
export const hashExportToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A 128-bit link secret for /privacy/my-data/<token>, and its SHA-256. */
export function createDataExportToken(): { token: string; tokenSha256: string } {
  const token = createLinkToken();
  return { token, tokenSha256: hashExportToken(token) };
}
