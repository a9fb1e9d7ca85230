import type { capacityEn } from './capacity-catalog-en.js';

/** Lo que dice el bot cuando llegan muchas multas a la vez y los lectores sin conexión están ocupados, en español. Corto: SMS. */
export const capacityEs: Record<keyof typeof capacityEn, string> = {
  'capacity.inLine': 'Hay muchas multas en este momento: la suya es la número {position} en la fila (unos {seconds} s). Le escribo en cuanto esté leída.',
  'capacity.stillInLine': 'Su multa sigue en la fila para ser leída. Le escribo en cuanto esté leída. También puede escribir sus datos.',
};
