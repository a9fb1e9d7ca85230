import { createHash } from 'node:crypto';

/** Hex SHA-256 of a staff bearer token: the only form a token is ever stored or compared in. */
export function hashStaffToken({ token }: { token: string }): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
