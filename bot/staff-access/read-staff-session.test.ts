import { describe, expect, it } from 'vitest';
import { readStaffSession } from './read-staff-session.js';
import { STAFF_SESSION_MS, signStaffSession } from './sign-staff-session.js';

const KEY = Buffer.alloc(32, 1);
const MEMBER = '2f1c7d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f';
const NOW = Date.parse('2026-11-21T15:00:00Z');

describe('staff session cookie', () => {
  it('reads back the member id of a session it signed, until it expires', () => {
    const value = signStaffSession({ key: KEY, memberId: MEMBER, expiry: NOW + STAFF_SESSION_MS });
    expect(readStaffSession({ key: KEY, value, nowMs: NOW })).toBe(MEMBER);
    expect(readStaffSession({ key: KEY, value, nowMs: NOW + STAFF_SESSION_MS })).toBeNull();
  });

  it('refuses another key, another member under the same signature, a far-future expiry and garbage', () => {
    const expiry = NOW + 1000;
    const value = signStaffSession({ key: KEY, memberId: MEMBER, expiry });
    const otherMember = 'aaaaaaaa-8a4b-4c3d-9e5f-0a1b2c3d4e5f';
    for (const candidate of [
      signStaffSession({ key: Buffer.alloc(32, 2), memberId: MEMBER, expiry }),
      value.replace(MEMBER, otherMember),
      signStaffSession({ key: KEY, memberId: MEMBER, expiry: NOW + STAFF_SESSION_MS + 1 }),
      `${MEMBER}.${expiry}`,
      undefined,
    ]) {
      expect(readStaffSession({ key: KEY, value: candidate, nowMs: NOW })).toBeNull();
    }
  });
});
