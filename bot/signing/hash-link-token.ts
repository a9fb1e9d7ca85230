import { createHash } from 'node:crypto';

/** SHA-256 hex of a link's secret: the database can find the request, but a copy of it cannot open the link. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
