// Letters OCR reads in place of digits. Lowercase "s" is left alone (it
// starts "s.128"), and so are D and B, which end sections ("1180D", "1180B"),
// and "|", which is far more often what is left of a box's edge.
const LOOK_ALIKES: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', S: '5', Z: '2' };

// A run of digits, look-alikes and the separators found inside numbers.
const NUMBER_RUN = /[0-9OoIlSZ][0-9OoIlSZ.,]*[0-9OoIlSZ]|[0-9]/g;

/**
 * Turns look-alike letters back into digits inside what is evidently a number:
 * a run that holds real digits, not many fewer than look-alikes, and stands
 * apart from letters ("l43,OO" → "143,00", "2O24-1O-O4" → "2024-10-04"), so
 * words ("SOLD", "Oct", "s.128", "1180D") keep their letters.
 */
export function repairOcrDigits({ text }: { text: string }): string {
  return text.replace(NUMBER_RUN, (run, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + run.length);
    if (/[A-Za-zÀ-ÿ]/.test(before) || /[A-Za-zÀ-ÿ]/.test(after)) return run;
    const digits = (run.match(/[0-9]/g) ?? []).length;
    const lookAlikes = (run.match(/[OoIlSZ]/g) ?? []).length;
    // "l43,OO" has more look-alikes than digits and is still a price.
    if (lookAlikes === 0 || digits === 0 || lookAlikes > digits + 2) return run;
    return [...run].map((character) => LOOK_ALIKES[character] ?? character).join('');
  });
}
