import type { Prng } from './create-prng.js';
import type { BackgroundKind } from './paint-photo-background.js';

export type Severity = 0 | 1 | 2 | 3;

/** The defects of one phone photo (or flatbed scan); README.md lists the ranges per severity. */
export interface PhotoDefects {
  mode: 'photo' | 'scan';
  severity: Severity;
  /** Long edge of the final image, px. */
  longEdge: number;
  /** Share of the frame the document spans along its constraining dimension. */
  fill: number;
  skewDegrees: number;
  /** Quarter turns of the whole picture (a phone held sideways or upside down). */
  quarterTurns: 0 | 1 | 2 | 3;
  /** Camera tilt: the far edge of the paper shrinks by this share. */
  keystone: number;
  /** Random corner displacement, share of the paper's size. */
  cornerJitter: number;
  /** Paper bending: text lines bow by this share of the paper height. */
  curl: number;
  fold: boolean;
  /** Gaussian blur sigma at the final resolution, px (0: none). */
  blurSigma: number;
  /** Hand-shake blur length at the final resolution, px (0: none). */
  motionBlurPx: number;
  motionAngle: number;
  /** Brightness drop from one side of the frame to the other. */
  lightingGradient: number;
  /** Darkening inside a soft-edged shadow (phone or hand), 0: none. */
  shadow: number;
  vignette: number;
  /** A flash or lamp hotspot washing out the print (0: none, else its strength). */
  glare: number;
  /** A thumb holding the paper, over one of its edges. */
  thumb: boolean;
  exposure: number;
  whiteBalance: [number, number, number];
  /** Sensor noise sigma on 0–255. */
  noiseSigma: number;
  jpegQuality: number;
  /** Phone-style unsharp masking (halos around strokes). */
  sharpen: boolean;
  background: BackgroundKind;
  clutter: boolean;
}

const PHOTO_BACKGROUNDS: readonly (readonly [BackgroundKind, number])[] = [
  ['wood_desk', 3], ['car_seat', 2], ['granite_counter', 2], ['bed_sheet', 1], ['dark_table', 2],
];

export function choosePhotoDefects({ prng, severity, mode }: { prng: Prng; severity: Severity; mode: 'photo' | 'scan' }): PhotoDefects {
  const range = <T extends number>(byLevel: readonly [T, T][]): number => {
    const [min, max] = byLevel[severity];
    return prng.float(min, max);
  };
  const signed = (value: number): number => (prng.chance(0.5) ? -value : value);
  if (mode === 'scan') {
    return {
      mode, severity,
      longEdge: 1650, fill: 1,
      skewDegrees: signed(range([[0, 0], [0, 0.8], [0.5, 1.5], [1, 2.5]])),
      quarterTurns: 0, keystone: 0, cornerJitter: 0, curl: 0, fold: severity >= 2 && prng.chance(0.5),
      blurSigma: range([[0, 0], [0.3, 0.5], [0.4, 0.7], [0.6, 1.0]]),
      motionBlurPx: 0, motionAngle: 0,
      lightingGradient: range([[0, 0], [0, 0.04], [0.03, 0.08], [0.06, 0.14]]),
      shadow: 0, vignette: 0, glare: 0, thumb: false, exposure: range([[1, 1], [0.97, 1.02], [0.93, 1.02], [0.88, 1.0]]),
      whiteBalance: [1, 1, 1],
      noiseSigma: range([[0, 0], [0.5, 1.5], [1, 2.5], [2, 4]]),
      jpegQuality: Math.round(range([[85, 85], [75, 85], [60, 75], [45, 60]])),
      sharpen: false, background: 'scanner_lid', clutter: false,
    };
  }
  const warm: [number, number, number] = [1.0, prng.float(0.9, 0.96), prng.float(0.74, 0.86)];
  const cool: [number, number, number] = [prng.float(0.9, 0.96), prng.float(0.96, 1.0), 1.0];
  const tint = severity === 0 ? 'neutral' : prng.weighted([['neutral', 2], ['warm', severity], ['cool', 1]] as const);
  const strength = [0, 0.35, 0.7, 1][severity];
  const balance = (target: [number, number, number]): [number, number, number] =>
    tint === 'neutral' ? [1, 1, 1] : [0, 1, 2].map((i) => 1 + (target[i] - 1) * strength) as [number, number, number];
  const quarterChance = [0, 0.05, 0.12, 0.25][severity];
  return {
    mode, severity,
    longEdge: Math.round(range([[2000, 2000], [1600, 2000], [1300, 1700], [1100, 1500]])),
    fill: range([[0.86, 0.94], [0.76, 0.9], [0.68, 0.85], [0.65, 0.82]]),
    skewDegrees: signed(range([[0, 0], [0, 2], [1.5, 5], [3, 8]])),
    quarterTurns: prng.chance(quarterChance) ? prng.pick([1, 2, 3] as const) : 0,
    keystone: range([[0, 0], [0, 0.03], [0.03, 0.07], [0.06, 0.12]]),
    cornerJitter: range([[0, 0], [0, 0.01], [0.005, 0.02], [0.01, 0.03]]),
    curl: range([[0, 0], [0, 0.004], [0.003, 0.01], [0.008, 0.018]]),
    fold: prng.chance([0, 0.2, 0.4, 0.6][severity]),
    blurSigma: range([[0, 0], [0.3, 0.6], [0.6, 1.0], [0.9, 1.5]]),
    motionBlurPx: prng.chance([0, 0, 0.3, 0.5][severity]) ? range([[0, 0], [0, 0], [1.5, 3], [2.5, 5]]) : 0,
    motionAngle: prng.float(0, Math.PI),
    lightingGradient: range([[0, 0.05], [0.05, 0.15], [0.15, 0.3], [0.3, 0.5]]),
    shadow: prng.chance([0, 0, 0.35, 0.65][severity]) ? range([[0, 0], [0, 0], [0.2, 0.4], [0.3, 0.55]]) : 0,
    vignette: range([[0, 0], [0, 0.1], [0.1, 0.25], [0.2, 0.4]]),
    glare: prng.chance([0, 0, 0.15, 0.3][severity]) ? range([[0, 0], [0, 0], [0.3, 0.55], [0.45, 0.8]]) : 0,
    thumb: prng.chance([0, 0, 0.15, 0.25][severity]),
    exposure: range([[1, 1], [0.92, 1.04], [0.85, 1.05], [0.75, 1.05]]),
    whiteBalance: balance(tint === 'warm' ? warm : cool),
    noiseSigma: range([[0, 0], [2, 4], [4, 8], [8, 14]]),
    jpegQuality: Math.round(range([[85, 85], [70, 85], [50, 70], [35, 50]])),
    sharpen: severity > 0 && prng.chance([0, 0.5, 0.5, 0.3][severity]),
    background: prng.weighted(PHOTO_BACKGROUNDS),
    clutter: severity >= 1 && prng.chance(0.5),
  };
}
