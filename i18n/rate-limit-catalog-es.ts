import type { rateLimitEn } from './rate-limit-catalog-en.js';

/** Lo que se le dice al conductor que escribe más rápido de lo que el asistente lee. */
export const rateLimitEs: Record<keyof typeof rateLimitEn, string> = {
  'rateLimit.slowDown': 'Está enviando mensajes más rápido de lo que podemos leerlos. Leeremos su próximo mensaje en aproximadamente un minuto.',
};
