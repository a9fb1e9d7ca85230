import type { Speed } from '../../tickets/ticket-schema.js';
import { foldKeepingLength } from './fold-keeping-length.js';

const UNIT = String.raw`(km\s?/\s?h|km\s?h\b|kmh|kph|mph|m\.p\.h\.?|mi\s?/\s?h)`;
// "78 in a 50", "58 MPH in a 30 zone", "112 dans un 90", "78 km/h zone 50 km/h", "65/55", "78 en una zona de 50".
const PAIR = new RegExp(
  String.raw`(?<![\d.,/$])(\d{2,3})\s?(?:${UNIT}\s?)?(?:in an?|in|on an?|dans une?|dans la|en una?|en|zone(?: de)?|zona(?: de)?|where|limit(?:e)?|/)\s?(?:zone (?:de )?|zona (?:de )?|posted |limit (?:of )?|speed zone of )?(\d{2,3})(?![\d.,/])\s?(?:${UNIT})?`,
  'g',
);
const WITH_UNIT = new RegExp(String.raw`(?<![\d.,])(\d{2,3})\s?${UNIT}`, 'g');
const LIMIT_WORDS = /(zone|limite|permise|autorisee|affichee|posted|limit|maximum|max|zona|permitida|in an?|dans une?)\W*(de\W*|of\W*)?$/;
const RECORDED_WORDS = /(constatee|mesuree|enregistree|captee|roulait|recorded|measured|clocked|radar|laser|driving|going|speed of|at|a|iba|velocidad de|vitesse de|vitesse)\W*$/;

/**
 * The speed driven and the limit, from "78 km/h … 50 km/h", "vitesse
 * constatée 78 … permise 50", "58 MPH in a 30 zone", "78 in a 50". Without a
 * word saying which is which, the higher of two is the speed driven: a
 * speeding ticket is never written the other way. The unit is the printed one,
 * else `defaultUnit`; null when neither says.
 */
export function findSpeed({ text, defaultUnit }: { text: string; defaultUnit: Speed['unit'] | null }): Speed | null {
  const folded = foldKeepingLength(text).replace(/\s+/g, ' ');
  for (const match of folded.matchAll(PAIR)) {
    const speed = toSpeed({ recorded: +match[1], limit: +match[3], unit: readUnit(match[2] ?? match[4]) ?? findUnitNear(folded, match.index) ?? defaultUnit });
    if (speed) return speed;
  }
  const withUnit = [...folded.matchAll(WITH_UNIT)].map((match) => ({ value: +match[1], unit: readUnit(match[2]), before: folded.slice(Math.max(0, match.index - 30), match.index) }));
  for (let i = 0; i + 1 < withUnit.length; i++) {
    const [first, second] = [withUnit[i], withUnit[i + 1]];
    const firstIsLimit = LIMIT_WORDS.test(first.before) && !LIMIT_WORDS.test(second.before);
    const secondIsLimit = LIMIT_WORDS.test(second.before) || RECORDED_WORDS.test(first.before);
    const [recorded, limit] = firstIsLimit ? [second, first] : secondIsLimit ? [first, second] : first.value > second.value ? [first, second] : [second, first];
    const speed = toSpeed({ recorded: recorded.value, limit: limit.value, unit: recorded.unit ?? limit.unit ?? defaultUnit });
    if (speed) return speed;
  }
  return null;
}

function toSpeed({ recorded, limit, unit }: { recorded: number; limit: number; unit: Speed['unit'] | null }): Speed | null {
  // Posted limits are multiples of 5; anything else is not a limit we read.
  if (!unit || limit % 5 !== 0 || limit < 10 || limit > 130 || recorded <= limit || recorded > 300) return null;
  return { recorded, limit, unit };
}

function readUnit(printed: string | undefined): Speed['unit'] | null {
  if (!printed) return null;
  return /^k/.test(printed) ? 'km/h' : 'mph';
}

function findUnitNear(folded: string, index: number): Speed['unit'] | null {
  const around = folded.slice(Math.max(0, index - 40), index + 60);
  const unit = new RegExp(UNIT).exec(around);
  return unit ? readUnit(unit[1]) : null;
}
