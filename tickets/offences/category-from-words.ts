import type { CatalogCategory } from './offence-catalog.js';
import { foldText } from './fold-text.js';

/**
 * Checked in this order: a camera ticket mentions speed or a red light, and
 * Quebec's "vitesse ou action susceptible de mettre en péril" (careless) mentions speed.
 */
const PATTERNS: ReadonlyArray<[CatalogCategory, RegExp]> = [
  [
    'camera',
    /photo ?radar|radar photo|cinemometre|systeme photographique|automated speed|speed camera|red ?light camera|\bcameras?\b|photo speed|notice of liability|fotomulta|radar fotografico|fotorradar/,
  ],
  [
    'handheld_device',
    /cellulaire|telephone|cell ?phones?|mobile phone|\bphone\b|hand ?-?held|texting|\btext(ing)? messag|electronic device|appareil portatif|\becran\b|telefono|celular|\bmovil\b|mensajes? de texto|distracted/,
  ],
  ['seatbelt', /ceinture|seat ?belt|cinturon/],
  ['careless_driving', /imprudent|careless|reckless|negligen|temerari|due care|mettre en peril/],
  ['failure_to_yield', /ceder le passage|cedez le passage|fail\w* to yield|\byield|right ?of ?way|ceda el paso|ceder el paso|pedestrian crossover/],
  ['red_light', /feux? rouges?|red ?light|red signal|luz roja|semaforo|circular red/],
  ['stop_sign', /panneau d arret|arret obligatoire|\barret\b|stop sign|\bstop\b|senal de alto|\balto\b|\bpare\b/],
  ['speeding', /exces de vitesse|vitesse|speeding|\bspeed\b|km ?\/ ?h|\bmph\b|exceso de velocidad|velocidad|\bradar\b/],
];

/** The category an offence's words describe, in French, English or Spanish; null when none. */
export function categoryFromWords(text: string | null | undefined): CatalogCategory | null {
  if (!text) return null;
  const folded = foldText(text);
  return PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}
