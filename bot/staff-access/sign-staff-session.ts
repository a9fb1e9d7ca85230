import { createHmac } from 'node:crypto';

export const STAFF_SESSION_MS = 8 * 60 * 60 * 1000;

/**
 * The /staff session cookie's value: `<memberId>.<expiry ms>.<HMAC-SHA256>`.
 * Nothing is stored server-side; changing the key signs every session out.
 */
export function signStaffSession({ key, memberId, expiry }: { key: Buffer; memberId: string; expiry: number }): string {
  return `${memberId}.${expiry}.${createHmac('sha256', key).update(`staff-session:${memberId}:${expiry}`).digest('hex')}`;
}
