import type { Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { PhotoDefects } from './choose-photo-defects.js';
import type { Prng } from './create-prng.js';
import { paintPhotoBackground } from './paint-photo-background.js';

/** A printed sheet and its resolution, so sheets of different sizes keep their proportions. */
export interface Sheet {
  canvas: Canvas;
  dpi: number;
}

type Point = [number, number];

/**
 * Takes a phone photo (or a flatbed scan) of printed sheets: lays them on a
 * background, projects them through a tilted camera (rotation, keystone,
 * corner jitter), bends and folds the paper, lights the scene unevenly (a
 * gradient, a soft shadow, vignetting, exposure, white balance), adds sensor
 * noise, then blurs at the final resolution, optionally shakes and sharpens
 * like a phone, turns the picture by quarter turns and encodes a JPEG.
 */
export async function photographSheets({ sheets, defects, prng }: { sheets: Sheet[]; defects: PhotoDefects; prng: Prng }): Promise<Buffer> {
  const layout = defects.mode === 'scan' ? layOutScan(sheets, defects, prng) : layOutPhoto(sheets, defects, prng);
  const { width, height, quads } = layout;
  // Without sheets, a text-free photo: the surface and the objects on it are its whole content.
  const clutter = defects.mode === 'photo' && (defects.clutter || sheets.length === 0);
  const background = paintPhotoBackground({ prng, width, height, kind: defects.background, clutter });
  if (defects.mode === 'photo') paintPaperShadows(background, quads, prng);
  const frame = toRgb(background.getContext('2d').getImageData(0, 0, width, height).data, width, height);

  for (let index = 0; index < sheets.length; index++) {
    await pasteSheet({ frame, width, height, sheet: sheets[index], quad: quads[index], defects, prng });
  }
  if (defects.thumb && quads.length > 0) paintThumb({ frame, width, height, quad: prng.pick(quads), prng });
  light({ frame, width, height, defects, prng, quads });
  addNoise(frame, defects.noiseSigma, prng);

  let raw = frame;
  const rawInfo = { raw: { width, height, channels: 3 as const } };
  if (defects.blurSigma >= 0.3) raw = await sharp(raw, rawInfo).blur(defects.blurSigma).raw().toBuffer();
  if (defects.motionBlurPx >= 1) {
    raw = await sharp(raw, rawInfo).convolve(motionKernel(defects.motionBlurPx, defects.motionAngle)).raw().toBuffer();
  }
  if (defects.sharpen) raw = await sharp(raw, rawInfo).sharpen({ sigma: 0.9, m1: 0.6, m2: 2.5 }).raw().toBuffer();
  return sharp(raw, rawInfo)
    .rotate(defects.quarterTurns * 90)
    .jpeg({ quality: defects.jpegQuality, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

interface Layout {
  width: number;
  height: number;
  /** Per sheet, the frame positions of its corners: top-left, top-right, bottom-right, bottom-left. */
  quads: Point[][];
}

function layOutPhoto(sheets: Sheet[], defects: PhotoDefects, prng: Prng): Layout {
  const sizes = sheets.map((sheet) => [sheet.canvas.width / sheet.dpi, sheet.canvas.height / sheet.dpi] as Point);
  const gap = prng.float(0.3, 0.9);
  const groupWidth = sizes.reduce((sum, [w]) => sum + w, 0) + gap * Math.max(0, sizes.length - 1);
  const groupHeight = Math.max(0, ...sizes.map(([, h]) => h));
  const portrait = sheets.length === 0 ? prng.chance(0.5) : groupHeight >= groupWidth;
  const width = Math.round(portrait ? defects.longEdge * 0.75 : defects.longEdge);
  const height = Math.round(portrait ? defects.longEdge : defects.longEdge * 0.75);
  if (sheets.length === 0) return { width, height, quads: [] };

  const scale = defects.fill * Math.min(width / groupWidth, height / groupHeight);
  const slackX = (width - groupWidth * scale) / 2;
  const slackY = (height - groupHeight * scale) / 2;
  const centre: Point = [width / 2 + prng.float(-0.7, 0.7) * slackX, height / 2 + prng.float(-0.7, 0.7) * slackY];
  const theta = (defects.skewDegrees * Math.PI) / 180;
  const place = ([x, y]: Point): Point => {
    const px = x * scale;
    const py = y * scale;
    return [centre[0] + px * Math.cos(theta) - py * Math.sin(theta), centre[1] + px * Math.sin(theta) + py * Math.cos(theta)];
  };

  // The camera: the group's corners after rotation, then tilted and jittered; every sheet goes through the same projection.
  const box: Point[] = [[-groupWidth / 2, -groupHeight / 2], [groupWidth / 2, -groupHeight / 2], [groupWidth / 2, groupHeight / 2], [-groupWidth / 2, groupHeight / 2]].map((p) => place(p as Point));
  const tilted = box.map((p) => [...p] as Point);
  const far = prng.weighted([[0, 4], [2, 2], [1, 1], [3, 1]] as const); // which edge is far: top, bottom, right, left
  const edge: [number, number] = [[0, 1], [1, 2], [2, 3], [3, 0]][far] as [number, number];
  const [a, b] = edge;
  const mid: Point = [(box[a][0] + box[b][0]) / 2, (box[a][1] + box[b][1]) / 2];
  const groupCentre: Point = [(box[0][0] + box[2][0]) / 2, (box[0][1] + box[2][1]) / 2];
  for (const corner of [a, b]) {
    tilted[corner][0] += (mid[0] - box[corner][0]) * defects.keystone;
    tilted[corner][1] += (mid[1] - box[corner][1]) * defects.keystone;
    tilted[corner][0] += (groupCentre[0] - mid[0]) * defects.keystone * 0.5;
    tilted[corner][1] += (groupCentre[1] - mid[1]) * defects.keystone * 0.5;
  }
  const size = Math.hypot(box[1][0] - box[0][0], box[1][1] - box[0][1]) + Math.hypot(box[3][0] - box[0][0], box[3][1] - box[0][1]);
  for (const corner of tilted) {
    corner[0] += prng.float(-1, 1) * defects.cornerJitter * size * 0.5;
    corner[1] += prng.float(-1, 1) * defects.cornerJitter * size * 0.5;
  }
  const camera = solveHomography(box, tilted);

  let cursor = -groupWidth / 2;
  const quads = sizes.map(([w, h]) => {
    const top = -groupHeight / 2 + (groupHeight - h) * prng.float(0, 1);
    const own = sizes.length > 1 ? (prng.float(-1.5, 1.5) * Math.PI) / 180 : 0;
    const cx = cursor + w / 2;
    const cy = top + h / 2;
    const corners: Point[] = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]].map(([x, y]) => [
      cx + x * Math.cos(own) - y * Math.sin(own),
      cy + x * Math.sin(own) + y * Math.cos(own),
    ]);
    cursor += w + gap;
    return corners.map((p) => applyHomography(camera, place(p)));
  });
  return { width, height, quads };
}

function layOutScan(sheets: Sheet[], defects: PhotoDefects, prng: Prng): Layout {
  const dpi = 150;
  const width = Math.round(8.5 * dpi);
  const height = Math.round(11 * dpi);
  const theta = (defects.skewDegrees * Math.PI) / 180;
  const quads: Point[][] = [];
  let top = prng.float(0.15, 0.45) * dpi;
  for (const sheet of sheets) {
    const fit = Math.min(1, (width - 0.3 * dpi) / ((sheet.canvas.width / sheet.dpi) * dpi), (height - top - 0.15 * dpi) / ((sheet.canvas.height / sheet.dpi) * dpi));
    const w = (sheet.canvas.width / sheet.dpi) * dpi * fit;
    const h = (sheet.canvas.height / sheet.dpi) * dpi * fit;
    const left = Math.min(prng.float(0.15, 0.5) * dpi, width - w);
    const centre: Point = [left + w / 2, top + h / 2];
    quads.push(
      [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]].map(([x, y]) => [
        centre[0] + x * Math.cos(theta) - y * Math.sin(theta),
        centre[1] + x * Math.sin(theta) + y * Math.cos(theta),
      ]),
    );
    top += h + 0.3 * dpi;
  }
  return { width, height, quads };
}

function paintPaperShadows(background: Canvas, quads: Point[][], prng: Prng): void {
  const ctx = background.getContext('2d');
  const unit = Math.max(background.width, background.height) / 1000;
  const [dx, dy] = [prng.float(-8, 8) * unit, prng.float(2, 10) * unit];
  ctx.save();
  ctx.filter = `blur(${Math.round(6 * unit)}px)`;
  ctx.fillStyle = `rgba(0,0,0,${prng.float(0.25, 0.5)})`;
  for (const quad of quads) {
    ctx.beginPath();
    quad.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x + dx, y + dy) : ctx.lineTo(x + dx, y + dy)));
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

async function pasteSheet({
  frame, width, height, sheet, quad, defects, prng,
}: { frame: Buffer; width: number; height: number; sheet: Sheet; quad: Point[]; defects: PhotoDefects; prng: Prng }): Promise<void> {
  // Resample the sheet close to its size in the frame first, so the projective warp never skips source pixels.
  const edge = (i: number, j: number) => Math.hypot(quad[i][0] - quad[j][0], quad[i][1] - quad[j][1]);
  const targetWidth = Math.max(8, Math.round((edge(0, 1) + edge(3, 2)) / 2));
  const targetHeight = Math.max(8, Math.round((edge(0, 3) + edge(1, 2)) / 2));
  const { canvas } = sheet;
  const rgba = Buffer.from(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.buffer);
  const source = await sharp(rgba, { raw: { width: canvas.width, height: canvas.height, channels: 4 } })
    .removeAlpha()
    .resize(targetWidth, targetHeight, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  const sw = targetWidth;
  const sh = targetHeight;
  const toSource = solveHomography(quad, [[0, 0], [sw, 0], [sw, sh], [0, sh]]);
  const curl = defects.curl * sh;
  const curlPhase = prng.float(0.8, 1.2);
  const foldAt = defects.fold ? sh * prng.pick([1 / 3, 1 / 2, 2 / 3]) : -1;
  const foldDark = prng.float(0.9, 0.96);

  const xs = quad.map(([x]) => x);
  const ys = quad.map(([, y]) => y);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - 2);
  const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)) + 2);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - 2);
  const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)) + 2);
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = toSource;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const w = h6 * x + h7 * y + h8;
      let u = (h0 * x + h1 * y + h2) / w - 0.5;
      let v = (h3 * x + h4 * y + h5) / w - 0.5;
      if (curl !== 0) {
        v += curl * Math.sin((Math.PI * u * curlPhase) / sw);
        u += curl * 0.25 * Math.sin((Math.PI * v) / sh);
      }
      const coverage = Math.min(u + 1, sw - u, v + 1, sh - v);
      if (coverage <= 0) continue;
      const alpha = Math.min(1, coverage);
      const uc = Math.min(Math.max(u, 0), sw - 1.001);
      const vc = Math.min(Math.max(v, 0), sh - 1.001);
      const ui = Math.floor(uc);
      const vi = Math.floor(vc);
      const fu = uc - ui;
      const fv = vc - vi;
      let shade = 1;
      if (foldAt >= 0) {
        const distance = v - foldAt;
        shade = distance > 0 ? foldDark : 1;
        if (Math.abs(distance) < 2.5) shade *= distance < 0 ? 1.04 : 0.82;
      }
      const target = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const p00 = source[(vi * sw + ui) * 3 + c];
        const p10 = source[(vi * sw + ui + 1) * 3 + c];
        const p01 = source[((vi + 1) * sw + ui) * 3 + c];
        const p11 = source[((vi + 1) * sw + ui + 1) * 3 + c];
        const value = ((p00 * (1 - fu) + p10 * fu) * (1 - fv) + (p01 * (1 - fu) + p11 * fu) * fv) * shade;
        frame[target + c] = Math.min(255, Math.round(value * alpha + frame[target + c] * (1 - alpha)));
      }
    }
  }
}

function light({ frame, width, height, defects, prng, quads }: { frame: Buffer; width: number; height: number; defects: PhotoDefects; prng: Prng; quads: Point[][] }): void {
  const angle = prng.float(0, Math.PI * 2);
  const [cosA, sinA] = [Math.cos(angle), Math.sin(angle)];
  const halfDiagonal = Math.hypot(width, height) / 2;
  const points = quads.flat();
  const anchor: Point = points.length
    ? [points.reduce((s, [x]) => s + x, 0) / points.length + prng.float(-0.2, 0.2) * width, points.reduce((s, [, y]) => s + y, 0) / points.length + prng.float(-0.2, 0.2) * height]
    : [width / 2, height / 2];
  const shadowAngle = prng.float(0, Math.PI * 2);
  const [shadowCos, shadowSin] = [Math.cos(shadowAngle), Math.sin(shadowAngle)];
  const softness = prng.float(0.02, 0.07) * halfDiagonal * 2;
  const [wr, wg, wb] = defects.whiteBalance.map((v) => v * defects.exposure);
  const glareCentre: Point = [anchor[0] + prng.float(-0.15, 0.15) * width, anchor[1] + prng.float(-0.15, 0.15) * height];
  const glareRadius = prng.float(0.06, 0.16) * halfDiagonal * 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const t = (dx * cosA + dy * sinA) / halfDiagonal;
      let factor = 1 - defects.lightingGradient * (t + 1) / 2;
      const r = (dx * dx + dy * dy) / (halfDiagonal * halfDiagonal);
      factor *= 1 - defects.vignette * r;
      if (defects.shadow > 0) {
        const d = ((x - anchor[0]) * shadowCos + (y - anchor[1]) * shadowSin) / softness;
        const inside = d <= -1 ? 0 : d >= 1 ? 1 : (d + 1) / 2;
        factor *= 1 - defects.shadow * inside * inside * (3 - 2 * inside);
      }
      const i = (y * width + x) * 3;
      let wash = 0;
      if (defects.glare > 0) {
        const gx = (x - glareCentre[0]) / glareRadius;
        const gy = (y - glareCentre[1]) / glareRadius;
        wash = defects.glare * Math.exp(-(gx * gx + gy * gy) / 2);
      }
      for (const [c, balance] of [[0, wr], [1, wg], [2, wb]] as const) {
        const lit = frame[i + c] * factor * balance;
        frame[i + c] = Math.min(255, Math.round(lit + (255 - lit) * wash));
      }
    }
  }
}

/** A thumb over the middle of one edge of the paper, pointing inward: skin tone, shaded, soft-edged. */
function paintThumb({ frame, width, height, quad, prng }: { frame: Buffer; width: number; height: number; quad: Point[]; prng: Prng }): void {
  const edge = prng.int(0, 3);
  const [a, b] = [quad[edge], quad[(edge + 1) % 4]];
  const t = prng.float(0.25, 0.75);
  const base: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const centre: Point = [(quad[0][0] + quad[2][0]) / 2, (quad[0][1] + quad[2][1]) / 2];
  const inward = Math.atan2(centre[1] - base[1], centre[0] - base[0]);
  const size = Math.hypot(b[0] - a[0], b[1] - a[1]);
  // Half outside the paper: the thumb reaches 10–18 % of the edge's length inward.
  const [length, breadth] = [size * prng.float(0.1, 0.16), size * prng.float(0.06, 0.085)];
  const tip: Point = [base[0] + Math.cos(inward) * length * 0.1, base[1] + Math.sin(inward) * length * 0.1];
  const skin = prng.pick([[224, 172, 140], [198, 140, 104], [141, 94, 64], [236, 192, 160]] as const);
  const [cos, sin] = [Math.cos(inward), Math.sin(inward)];
  const reach = length + breadth;
  for (let y = Math.max(0, Math.floor(tip[1] - reach)); y < Math.min(height, tip[1] + reach); y++) {
    for (let x = Math.max(0, Math.floor(tip[0] - reach)); x < Math.min(width, tip[0] + reach); x++) {
      const along = ((x - tip[0]) * cos + (y - tip[1]) * sin) / length;
      const across = (-(x - tip[0]) * sin + (y - tip[1]) * cos) / breadth;
      const d = along * along + across * across;
      if (d >= 1) continue;
      const alpha = Math.min(1, (1 - d) * 6);
      const shade = 0.75 + 0.25 * (1 - Math.abs(across));
      // The nail: a paler, glossier patch towards the tip.
      const nailD = ((along - 0.62) / 0.3) ** 2 + (across / 0.55) ** 2;
      const nail = nailD < 1 ? Math.min(1, (1 - nailD) * 4) * 0.45 : 0;
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const tone = skin[c] * shade * (1 - nail) + Math.min(255, skin[c] * 1.1 + 40) * nail;
        frame[i + c] = Math.round(tone * alpha + frame[i + c] * (1 - alpha));
      }
    }
  }
}

function addNoise(frame: Buffer, sigma: number, prng: Prng): void {
  if (sigma <= 0) return;
  for (let i = 0; i < frame.length; i += 3) {
    // Sum of three uniforms: a cheap near-Gaussian with unit variance after scaling.
    const luminance = (prng.next() + prng.next() + prng.next() - 1.5) * 2 * sigma;
    for (let c = 0; c < 3; c++) {
      const chroma = (prng.next() - 0.5) * 1.2 * sigma;
      const value = frame[i + c] + luminance + chroma;
      frame[i + c] = value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
    }
  }
}

function motionKernel(length: number, angle: number): { width: number; height: number; kernel: number[] } {
  const size = Math.max(3, Math.ceil(length) | 1);
  const kernel = new Array<number>(size * size).fill(0);
  const centre = (size - 1) / 2;
  const steps = size * 4;
  for (let s = 0; s <= steps; s++) {
    const t = (s / steps - 0.5) * length;
    const x = Math.round(centre + t * Math.cos(angle));
    const y = Math.round(centre + t * Math.sin(angle));
    kernel[y * size + x] += 1;
  }
  const total = kernel.reduce((sum, v) => sum + v, 0);
  return { width: size, height: size, kernel: kernel.map((v) => v / total) };
}

function toRgb(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i];
    rgb[j + 1] = rgba[i + 1];
    rgb[j + 2] = rgba[i + 2];
  }
  return rgb;
}

/** The 3×3 homography (row-major, h8 = 1) taking four points `from` to four points `to`. */
function solveHomography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i];
    const [u, v] = to[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let row = col + 1; row < 8; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = 0; row < 8; row++) {
      if (row === col) continue;
      const factor = a[row][col] / a[col][col];
      for (let k = col; k < 9; k++) a[row][k] -= factor * a[col][k];
    }
  }
  return [...Array.from({ length: 8 }, (_, i) => a[i][8] / a[i][i]), 1];
}

function applyHomography(h: number[], [x, y]: Point): Point {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}
