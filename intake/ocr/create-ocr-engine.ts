import sharp from 'sharp';
import type { Worker } from 'tesseract.js';
import { prepareLanguageDirectory } from './prepare-language-directory.js';
import { preprocessForOcr, type PreparedImage } from './preprocess-for-ocr.js';
import { detectSidewaysReading } from './detect-sideways-reading.js';
import { scoreReadability } from './score-readability.js';
import { startTesseractWorker } from './start-tesseract-worker.js';

export type Rotation = 0 | 90 | 180 | 270;

export interface OcrLine {
  text: string;
  /** 0..1 */
  confidence: number;
}

export interface OcrResult {
  text: string;
  /** 0..1, tesseract's mean word confidence. */
  confidence: number;
  /** How far (clockwise, after EXIF orientation) the text was turned in the photo; it was read turned back. */
  rotation: Rotation;
  lines: OcrLine[];
}

export interface OcrEngine {
  recognise(options: { image: Buffer }): Promise<OcrResult>;
  close(): Promise<void>;
}

export interface CreateOcrEngineOptions {
  /** Where the language data directory is assembled; the system's temporary directory by default. */
  cacheDir?: string;
  /** Tests only: a wrapper of tesseract.js's worker script. */
  workerPath?: string;
}

interface Pass extends OcrResult {
  score: number;
}

// Upright text gives this many sure words and ticket words at least
// (see scoreReadability); most photos reach it at once and cost one pass.
const READABLE = 15;
const ROTATIONS: readonly Rotation[] = [0, 90, 180, 270];
// Under this share of dark pixels the prepared page is blank.
const BLANK_INK = 0.002;
// Trial turns are read at this scale: the form's titles and printed values
// stay legible, and four trials cost less than half a pass.
const PROBE_SCALE = 0.5;

/**
 * One warm tesseract worker (French + English, data from the npm packages on
 * disk) behind a queue: recognitions run one at a time, in arrival order.
 * tesseract.js has no orientation data here, so a photo whose first reading
 * holds too few real words is tried small at each quarter turn and read again
 * at the most readable one.
 */
export async function createOcrEngine({ cacheDir, workerPath }: CreateOcrEngineOptions = {}): Promise<OcrEngine> {
  const langPath = await prepareLanguageDirectory({ cacheDir });
  const worker = await startTesseractWorker({ langPath, workerPath });
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    recognise({ image }) {
      if (closed) return Promise.reject(new Error('The OCR engine is closed.'));
      return enqueue(() => recogniseUpright({ worker, image }));
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await worker.terminate();
    },
  };
}

async function recogniseUpright({ worker, image }: { worker: Worker; image: Buffer }): Promise<OcrResult> {
  const prepared = await preprocessForOcr({ image });
  const upright = await recognisePass({ worker, prepared, rotation: 0 });
  // Few real words: text read upside down or sideways, or a blurred or dark
  // photo. tesseract turns sideways lines itself, one way only, and never
  // reads upside-down text, so every quarter turn is tried, small. A page
  // without ink is blank at any angle.
  if (upright.score >= READABLE || measureInk({ prepared }) < BLANK_INK) return withoutScore(upright);
  const small = await shrink({ prepared, scale: PROBE_SCALE });
  const probes: Pass[] = [];
  for (const rotation of ROTATIONS) probes.push(await recognisePass({ worker, prepared: small, rotation }));
  const likeliest = probes.reduce((best, probe) => (probe.score > best.score ? probe : best));
  if (likeliest.rotation === 0 || likeliest.score === 0) return withoutScore(upright);
  const turned = await recognisePass({ worker, prepared, rotation: likeliest.rotation });
  return withoutScore(turned.score > upright.score ? turned : upright);
}

async function recognisePass({ worker, prepared, rotation }: { worker: Worker; prepared: PreparedImage; rotation: Rotation }): Promise<Pass> {
  const png = await sharp(prepared.pixels, { raw: { width: prepared.width, height: prepared.height, channels: 1 } })
    .rotate((360 - rotation) % 360)
    .png({ compressionLevel: 1 })
    .toBuffer();
  const { data } = await worker.recognize(png, {}, { text: true, blocks: true });
  const lines: OcrLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.trim();
        if (text) lines.push({ text, confidence: line.confidence / 100 });
      }
    }
  }
  const textLines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  const words = textLines.flatMap((line) => line.words);
  const score = scoreReadability({ text: data.text, words });
  // tesseract says 95 for a page where it found nothing.
  const confidence = words.length === 0 ? 0 : data.confidence / 100;
  // tesseract reads sideways lines by turning them itself; the turn still has to be reported.
  const turnedByTesseract = detectSidewaysReading({ lines: textLines });
  return { text: data.text, confidence, rotation: turnedByTesseract ? ((rotation + turnedByTesseract) % 360) as Rotation : rotation, lines, score };
}

function measureInk({ prepared }: { prepared: PreparedImage }): number {
  let dark = 0;
  for (const value of prepared.pixels) if (value < 128) dark++;
  return dark / prepared.pixels.length;
}

async function shrink({ prepared, scale }: { prepared: PreparedImage; scale: number }): Promise<PreparedImage> {
  const width = Math.max(1, Math.round(prepared.width * scale));
  const height = Math.max(1, Math.round(prepared.height * scale));
  const pixels = await sharp(prepared.pixels, { raw: { width: prepared.width, height: prepared.height, channels: 1 } })
    .resize(width, height)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { pixels, width, height };
}

function withoutScore({ score: _score, ...result }: Pass): OcrResult {
  return result;
}
