/** What a driver is told when they write faster than the assistant reads (bot/runtime/throttle-inbound-burst.ts, the web chat's 429). */
export const rateLimitEn = {
  'rateLimit.slowDown': 'You are sending messages faster than we can read them. We will read your next message in about a minute.',
} as const;
