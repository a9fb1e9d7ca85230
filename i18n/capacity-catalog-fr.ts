import type { capacityEn } from './capacity-catalog-en.js';

/** Ce que dit le bot quand beaucoup de constats arrivent en même temps et que les lecteurs hors ligne sont occupés. Court : SMS. */
export const capacityFr: Record<keyof typeof capacityEn, string> = {
  'capacity.inLine': "Beaucoup de constats en ce moment\u00a0: le vôtre est le numéro {position} dans la file (environ {seconds} s). Je vous écris dès qu’il est lu.",
  'capacity.stillInLine': "Votre constat attend encore d’être lu. Je vous écris dès qu’il est lu. Vous pouvez aussi en taper les détails.",
};
