/**
 * SMS bodies in the GSM 03.38 alphabet when the words allow it: one non-GSM
 * character (a French no-break space, a curly apostrophe) turns the whole SMS
 * into UCS-2, 70 characters a segment instead of 160. These stand-ins read the
 * same on a phone; accents that GSM has (é, è, à, ù) stay.
 */
const STAND_INS: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2019': "'",
  '\u2018': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u2022': '-',
};

export function toSmsText(text: string): string {
  return text.replace(/[\u00a0\u202f\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u2022]/g, (character) => STAND_INS[character]!);
}

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€');

/** How many SMS segments a body takes (GSM-7: 160, or 153 each when split; UCS-2: 70, or 67). */
export function countSmsSegments(text: string): { encoding: 'GSM-7' | 'UCS-2'; segments: number } {
  const characters = [...text];
  const gsm = characters.every((c) => GSM_BASIC.has(c) || GSM_EXTENDED.has(c));
  if (gsm) {
    const septets = characters.reduce((sum, c) => sum + (GSM_EXTENDED.has(c) ? 2 : 1), 0);
    return { encoding: 'GSM-7', segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  }
  const units = text.length;
  return { encoding: 'UCS-2', segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
