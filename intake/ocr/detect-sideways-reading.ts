interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ReadLine {
  words: ReadonlyArray<{ text: string; bbox: Box }>;
}

/**
 * Whether tesseract read the text by turning its lines: words of several
 * letters standing taller than wide. Which way they were turned shows in how
 * the words of a line follow each other: downwards for text turned a quarter
 * clockwise (90), upwards for a quarter anticlockwise (270). Null when the
 * words lie flat, or when there are too few to tell.
 */
export function detectSidewaysReading({ lines }: { lines: readonly ReadLine[] }): 90 | 270 | null {
  const long = lines.flatMap((line) => line.words).filter((word) => word.text.length >= 3);
  if (long.length < 3) return null;
  const standing = long.filter((word) => word.bbox.y1 - word.bbox.y0 > 1.5 * (word.bbox.x1 - word.bbox.x0)).length;
  if (standing < long.length * 0.6) return null;
  let downwards = 0;
  let upwards = 0;
  for (const { words } of lines) {
    if (words.length < 2) continue;
    const [first, last] = [words[0].bbox, words[words.length - 1].bbox];
    if (last.y0 + last.y1 > first.y0 + first.y1) downwards++;
    else upwards++;
  }
  if (downwards === upwards) return null;
  return downwards > upwards ? 90 : 270;
}
