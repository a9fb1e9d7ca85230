import type { rateLimitEn } from './rate-limit-catalog-en.js';

/** Ce qu'on dit au conducteur qui écrit plus vite que l'assistant ne lit. */
export const rateLimitFr: Record<keyof typeof rateLimitEn, string> = {
  'rateLimit.slowDown': 'Vous envoyez des messages plus vite que nous ne pouvons les lire. Nous lirons votre prochain message dans environ une minute.',
};
