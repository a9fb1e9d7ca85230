import sharp from 'sharp';
import { removeFormLines } from './remove-form-lines.js';

/** A greyscale image ready for tesseract, as raw 8-bit pixels. */
export interface PreparedImage {
  pixels: Buffer;
  width: number;
  height: number;
}

// tesseract's time grows with the text it finds, not with the pixels, and
// the 6–7 pt labels of a letter-size New York ticket need about 2000 px on
// the long side to be read (measured: 1600 px read 41 % of the printed
// words of generated photos, 2000 px 44 %, 2400 px 49 % but 30 % slower).
const MAX_LONG_SIDE = 2600;
const MIN_LONG_SIDE = 2000;
const MAX_UPSCALE = 2.5;
// The paper's brightness is estimated on a copy this many times smaller.
const BACKGROUND_SHRINK = 16;
// A block darker than this share of the brightest paper near it is not paper.
const NOT_PAPER = 0.4;
const MAX_GAIN = 2.5;
// Ink running on for this share of the long side is a ruled line, not a letter.
const FORM_LINE_SHARE = 0.025;

/**
 * Greyscale, EXIF-upright, resized, with shadows evened out: ink is measured
 * against the local paper brightness (a dilated and blurred small copy), so a
 * hand's shadow or a lamp's gradient does not become text or noise; the
 * surface around the paper is blanked and the form's ruled lines removed.
 */
export async function preprocessForOcr({ image }: { image: Buffer }): Promise<PreparedImage> {
  const upright = await sharp(image, { failOn: 'none' }).rotate().greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width: sourceWidth, height: sourceHeight } = upright.info;
  const longSide = Math.max(sourceWidth, sourceHeight);
  const scale = longSide > MAX_LONG_SIDE ? MAX_LONG_SIDE / longSide : longSide < MIN_LONG_SIDE ? Math.min(MAX_UPSCALE, MIN_LONG_SIDE / longSide) : 1;
  const width = Math.max(1, Math.round(sourceWidth * scale));
  const height = Math.max(1, Math.round(sourceHeight * scale));
  const resized = await sharp(upright.data, { raw: { width: sourceWidth, height: sourceHeight, channels: 1 } })
    .resize(width, height, { kernel: scale > 1 ? 'cubic' : 'lanczos3' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  const { paper, onPaper } = await estimateBackground({ pixels: resized, width, height });
  const pixels = Buffer.alloc(resized.length);
  for (let i = 0; i < resized.length; i++) {
    if (onPaper[i] < 128) {
      pixels[i] = 255;
      continue;
    }
    // Ink is how much darker a pixel is than its paper, amplified as the paper
    // is dim, but only so far: a dark surface's grain must not become speckles
    // that tesseract reads, slowly, as letters.
    const gain = Math.min(255 / Math.max(paper[i], 1), MAX_GAIN);
    pixels[i] = Math.max(0, Math.min(255, Math.round(255 - (paper[i] - resized[i]) * gain)));
  }
  stretchInk({ pixels });
  // Measured on generated photos: 44 % of the printed words read with the boxes, 48 % without.
  const minLength = Math.round(Math.max(width, height) * FORM_LINE_SHARE);
  return { pixels: removeFormLines({ pixels, width, height, minLength }), width, height };
}

/**
 * The paper's brightness everywhere (text removed by a local maximum, then
 * smoothed), and where the paper is: dark blocks reached from the image's
 * border are the desk, a lap or a car seat around it (a form's black title
 * bars are inside the paper and stay), and so are the blocks next to them,
 * which mix paper and desk and would print a dark frame. Both are computed on
 * a copy 16 times smaller.
 */
async function estimateBackground({ pixels, width, height }: PreparedImage): Promise<{ paper: Buffer; onPaper: Buffer }> {
  const smallWidth = Math.max(1, Math.round(width / BACKGROUND_SHRINK));
  const smallHeight = Math.max(1, Math.round(height / BACKGROUND_SHRINK));
  const small = await sharp(pixels, { raw: { width, height, channels: 1 } })
    .resize(smallWidth, smallHeight, { kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  // sharp's own dilate and erode are binary, so they would not do.
  const brightest = takeLocalExtreme({ pixels: small, width: smallWidth, height: smallHeight, radius: 2, pick: Math.max });
  const paperBlocks = markSurroundings({ dark: small.map((value, i) => (value < NOT_PAPER * brightest[i] ? 1 : 0)), width: smallWidth, height: smallHeight });
  const innerBlocks = takeLocalExtreme({ pixels: paperBlocks, width: smallWidth, height: smallHeight, radius: 1, pick: Math.min });
  const enlarge = (image: Buffer, sigma: number | null) => {
    const base = sharp(image, { raw: { width: smallWidth, height: smallHeight, channels: 1 } });
    return (sigma ? base.blur(sigma) : base).resize(width, height, { kernel: 'linear' }).toColourspace('b-w').raw().toBuffer();
  };
  const [paper, onPaper] = await Promise.all([enlarge(brightest, 1.5), enlarge(innerBlocks, null)]);
  return { paper, onPaper };
}

/** 0 for dark blocks connected to the image's border through dark blocks, 255 elsewhere. */
function markSurroundings({ dark, width, height }: { dark: Uint8Array | Buffer; width: number; height: number }): Buffer {
  const result = Buffer.alloc(width * height, 255);
  const pending: number[] = [];
  for (let x = 0; x < width; x++) pending.push(x, (height - 1) * width + x);
  for (let y = 0; y < height; y++) pending.push(y * width, y * width + width - 1);
  while (pending.length > 0) {
    const i = pending.pop()!;
    if (!dark[i] || result[i] === 0) continue;
    result[i] = 0;
    const [x, y] = [i % width, Math.floor(i / width)];
    if (x > 0) pending.push(i - 1);
    if (x < width - 1) pending.push(i + 1);
    if (y > 0) pending.push(i - width);
    if (y < height - 1) pending.push(i + width);
  }
  return result;
}

function takeLocalExtreme({
  pixels,
  width,
  height,
  radius,
  pick,
}: PreparedImage & { radius: number; pick: (a: number, b: number) => number }): Buffer {
  const rows = Buffer.alloc(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let extreme = pixels[y * width + x];
      for (let dx = Math.max(0, x - radius); dx <= Math.min(width - 1, x + radius); dx++) extreme = pick(extreme, pixels[y * width + dx]);
      rows[y * width + x] = extreme;
    }
  }
  const result = Buffer.alloc(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let extreme = rows[y * width + x];
      for (let dy = Math.max(0, y - radius); dy <= Math.min(height - 1, y + radius); dy++) extreme = pick(extreme, rows[dy * width + x]);
      result[y * width + x] = extreme;
    }
  }
  return result;
}

/**
 * After the division the paper is white; the ink is stretched so its darkest
 * few pixels are black. Percentiles of the whole image would not do: text
 * covers only a few percent of a page.
 */
function stretchInk({ pixels }: { pixels: Buffer }): void {
  const histogram = new Uint32Array(256);
  for (const value of pixels) histogram[value]++;
  const darkest = Math.max(1, Math.round(pixels.length * 0.0005));
  let seen = 0;
  let black = 0;
  while (black < 255 && seen + histogram[black] < darkest) seen += histogram[black++];
  if (black === 0 || black >= 200) return;
  const scale = 255 / (255 - black);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.round((pixels[i] - black) * scale));
}
