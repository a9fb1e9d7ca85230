import { timingSafeEqual } from 'node:crypto';
import { STAFF_SESSION_MS, signStaffSession } from './sign-staff-session.js';

const SESSION_VALUE = /^([0-9a-f-]{36})\.(\d{1,16})\.[0-9a-f]{64}$/;

/** The member id of a well-signed, unexpired session value, else null. The caller still checks that the member is not revoked. */
export function readStaffSession({ key, value, nowMs }: { key: Buffer; value: string | undefined; nowMs: number }): string | null {
  const match = SESSION_VALUE.exec(value ?? '');
  if (!match) return null;
  const memberId = match[1]!;
  const expiry = Number(match[2]);
  // Expired, or further ahead than we ever issue: refused before any crypto.
  if (expiry <= nowMs || expiry > nowMs + STAFF_SESSION_MS) return null;
  // Same shape, so same length: the comparison leaks nothing about where the values differ.
  const expected = Buffer.from(signStaffSession({ key, memberId, expiry }));
  return timingSafeEqual(Buffer.from(value!), expected) ? memberId : null;
}
