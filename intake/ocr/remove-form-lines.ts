const INK = 160;

/**
 * Whitens the ruled lines of a form: runs of ink much longer than any letter,
 * across or down. Boxes around every field make tesseract take whole regions
 * for pictures or tables and drop the text inside. A slightly tilted line is
 * caught by looking at three rows (or columns) at once.
 */
export function removeFormLines({ pixels, width, height, minLength }: { pixels: Buffer; width: number; height: number; minLength: number }): Buffer {
  const ink = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) ink[i] = pixels[i] < INK ? 1 : 0;
  const result = Buffer.from(pixels);
  // Across: ink in this row or the rows next to it, running on for minLength.
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const above = y > 0 ? row - width : row;
    const below = y < height - 1 ? row + width : row;
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && (ink[row + x] | ink[above + x] | ink[below + x]) === 1;
      if (dark && start < 0) start = x;
      else if (!dark && start >= 0) {
        if (x - start >= minLength) result.fill(255, row + start, row + x);
        start = -1;
      }
    }
  }
  // Down: the same along columns.
  for (let x = 0; x < width; x++) {
    const left = x > 0 ? x - 1 : x;
    const right = x < width - 1 ? x + 1 : x;
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const row = y * width;
      const dark = y < height && (ink[row + x] | ink[row + left] | ink[row + right]) === 1;
      if (dark && start < 0) start = y;
      else if (!dark && start >= 0) {
        if (y - start >= minLength) for (let i = start; i < y; i++) result[i * width + x] = 255;
        start = -1;
      }
    }
  }
  return result;
}
