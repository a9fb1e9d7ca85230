import type { Language } from '../../i18n/languages.js';

// Short, frequent words that tell the three languages apart in a first text.
const MARKERS: Record<Language, string[]> = {
  fr: ['bonjour', 'salut', 'merci', 'oui', 'je', 'j', 'ai', 'une', 'des', 'est', 'mon', 'ma', 'pour', 'contravention', 'constat', 'amende', 'billet', 'avec', 'dans', 'vitesse', 'aide', 'svp', 'pas', 'suis', 'le', 'la', 'les', 'du', 'et'],
  en: ['hi', 'hello', 'hey', 'thanks', 'thank', 'yes', 'i', 'got', 'a', 'the', 'my', 'ticket', 'fine', 'for', 'with', 'speeding', 'help', 'please', 'is', 'was', 'and', 'to', 'of', 'in', 'on', 'have'],
  es: ['hola', 'gracias', 'sí', 'si', 'tengo', 'una', 'multa', 'el', 'mi', 'por', 'para', 'con', 'velocidad', 'ayuda', 'favor', 'es', 'fue', 'y', 'de', 'en', 'los', 'las', 'buenos', 'buenas', 'quiero'],
};

/**
 * Best guess of the language of a driver's text, or null when the text says
 * too little (a lone "ok", a number). Accents weigh in: "é è ê à ç" lean
 * French, "ñ ¿ ¡ á í ó ú" lean Spanish.
 */
export function detectLanguage(text: string): Language | null {
  const lower = text.toLowerCase();
  const words = lower.split(/[^\p{L}]+/u).filter(Boolean);
  const score: Record<Language, number> = { fr: 0, en: 0, es: 0 };
  for (const word of words) {
    for (const language of Object.keys(MARKERS) as Language[]) {
      if (MARKERS[language].includes(word)) score[language] += 1;
    }
  }
  score.fr += (lower.match(/[éèêàçùœ]/g) ?? []).length * 0.5;
  score.es += (lower.match(/[ñ¿¡áíóú]/g) ?? []).length * 0.8;
  const ranked = (Object.entries(score) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 1 || best[1] === second[1]) return null;
  return best[0];
}
