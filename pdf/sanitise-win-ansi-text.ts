export interface SanitiseWinAnsiTextOptions {
  text: string;
  /** What stands in for a character with no WinAnsi equivalent (an emoji, a CJK name). */
  replacement?: string;
}

// The 27 printable characters WinAnsi puts in 0x80–0x9F; with printable ASCII and
// Latin-1 (0xA0–0xFF) they are exactly what the standard Helvetica fonts can draw.
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.includes(String.fromCodePoint(codePoint));
}

// Letters and marks that have no decomposition to fall back on, but a plain look-alike.
const LOOK_ALIKES: Record<string, string> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't', ĸ: 'k', Ŋ: 'N', ŋ: 'n',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2032': "'", '\u2033': '"',
  // Intl writes French amounts with U+202F and some locales group with thin spaces: keep them unbreakable.
  '\u202f': '\u00a0', '\u2007': '\u00a0', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
};

/**
 * Text that pdf-lib can draw with a standard font: its WinAnsi encoder throws
 * on anything else, and a client named "Łukasz 🚗" must still get a receipt.
 * Line breaks and controls become spaces (a field is one printed line), accents
 * outside Latin-1 lose their mark ("ș" → "s"), the rest becomes `replacement`.
 */
export function sanitiseWinAnsiText({ text, replacement = '?' }: SanitiseWinAnsiTextOptions): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0)!;
    if (isWinAnsi(codePoint)) out += char;
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || char === '\u2028' || char === '\u2029') out += ' ';
    else if (LOOK_ALIKES[char] !== undefined) out += LOOK_ALIKES[char];
    else if (/\p{M}|\p{Cf}/u.test(char)) continue; // a stray combining mark or an invisible format character (ZWJ, variation selector)
    else {
      const base = [...char.normalize('NFKD')].filter((c) => !/\p{M}/u.test(c));
      out += base.length > 0 && base.every((c) => isWinAnsi(c.codePointAt(0)!)) ? base.join('') : replacement;
    }
  }
  return out;
}
