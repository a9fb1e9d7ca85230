import sharp from 'sharp';
import type { PreparedImage } from './preprocess-for-ocr.js';

export type TextDirection = 'horizontal' | 'vertical' | 'unknown';

// Measured on a copy this long: text lines stay apart, and it costs a few ms.
const PROBE_LONG_SIDE = 600;
const INK_BELOW = 150;
// How many more gaps one profile must have than the other to call a direction.
const DECISIVE_RATIO = 2;

/**
 * Whether the text runs across or down the image, from projection profiles:
 * between two lines of horizontal text a row of pixels crosses no ink (or
 * only the form's vertical rules), while hardly any column misses every line.
 * Sideways text swaps the two. Up from down is not told here: that is left to
 * the recognition.
 */
export async function estimateTextDirection({ pixels, width, height }: PreparedImage): Promise<TextDirection> {
  const scale = Math.min(1, PROBE_LONG_SIDE / Math.max(width, height));
  const probeWidth = Math.max(1, Math.round(width * scale));
  const probeHeight = Math.max(1, Math.round(height * scale));
  const probe = await sharp(pixels, { raw: { width, height, channels: 1 } })
    .resize(probeWidth, probeHeight)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  const rows = new Float64Array(probeHeight);
  const columns = new Float64Array(probeWidth);
  for (let y = 0; y < probeHeight; y++) {
    for (let x = 0; x < probeWidth; x++) {
      if (probe[y * probeWidth + x] < INK_BELOW) {
        rows[y]++;
        columns[x]++;
      }
    }
  }
  const across = measureGapShare({ profile: rows });
  const down = measureGapShare({ profile: columns });
  if (across > Math.max(down, 0.02) * DECISIVE_RATIO) return 'horizontal';
  if (down > Math.max(across, 0.02) * DECISIVE_RATIO) return 'vertical';
  return 'unknown';
}

/**
 * The share of the inked span whose ink is no more than the baseline (a low
 * percentile, which is where the form's rules crossing the profile sit).
 */
function measureGapShare({ profile }: { profile: Float64Array }): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < profile.length; i++) {
    if (profile[i] > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return 0;
  const span = Array.from(profile.subarray(first, last + 1));
  const sorted = [...span].sort((a, b) => a - b);
  const baseline = sorted[Math.floor(sorted.length * 0.05)];
  const margin = sorted[sorted.length - 1] * 0.03;
  return span.filter((ink) => ink <= baseline + margin).length / span.length;
}
