
const INK = 160;

/**
 * Whitens the ruled lines of a form: runs of ink much longer than any letter,
 * across or down. Boxes around every field make tesseract take whole regions
 * for pictures or tables and drop the text inside. A slightly tilted line is
 * caught by looking at three rows (or columns) at once.
 */
export function removeFormLines({ pixels, width, height, minLength }: { pixels: Buffer; width: number; height: number; minLength: number }): Buffer {
  const result = Buffer.from(pixels);
  const ink = (x: number, y: number) => pixels[y * width + x] < INK;
  // Across: a pixel belongs to a line if ink runs on for minLength in its row or the rows next to it.
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && (ink(x, y) || (y > 0 && ink(x, y - 1)) || (y < height - 1 && ink(x, y + 1)));
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start >= minLength) for (let i = start; i < x; i++) result[y * width + i] = 255;
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const dark = y < height && (ink(x, y) || (x > 0 && ink(x - 1, y)) || (x < width - 1 && ink(x + 1, y)));
      if (dark && start < 0) start = y;
      if (!dark && start >= 0) {
        if (y - start >= minLength) for (let i = start; i < y; i++) result[i * width + x] = 255;
        start = -1;
      }
    }
  }
  return result;
}
