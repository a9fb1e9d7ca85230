/** What the signing runtime needs from the configuration (bot/config/load-config.ts, `signing`). */
export interface SigningSettings {
  /** How long a signing link works (SIGNING_LINK_VALID_DAYS). */
  linkValidMs: number;
  /** When the one reminder goes if the mandate is not signed (SIGNING_REMINDER_HOURS). */
  reminderAfterMs: number;
  /** One-time codes: 10 minutes, 5 tries, a new one at most every 30 seconds. */
  codeValidMs: number;
  maxCodeAttempts: number;
  codeResendAfterMs: number;
  /** After the code is verified, the signature must follow within this time. */
  verifiedSessionMs: number;
  firm: { name: string; addressLines: string[] };
}

export const DEFAULT_CODE_RULES = {
  codeValidMs: 10 * 60_000,
  maxCodeAttempts: 5,
  codeResendAfterMs: 30_000,
  verifiedSessionMs: 30 * 60_000,
} as const;
