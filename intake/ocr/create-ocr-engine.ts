import sharp from 'sharp';
import type { Worker } from 'tesseract.js';
import { countTicketKeywords } from './count-ticket-keywords.js';
import { prepareLanguageDirectory } from './prepare-language-directory.js';
import { preprocessForOcr, type PreparedImage } from './preprocess-for-ocr.js';
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

const ROTATIONS: readonly Rotation[] = [0, 90, 180, 270];
// Sideways or upside-down text read as upright gives gibberish: few ticket
// words and low confidence. Most photos are upright and cost one pass.
const UPRIGHT_CONFIDENCE = 0.5;
const UPRIGHT_KEYWORDS = 3;
// Less text than this is a blank page or a photo of something else: turning it will not help.
const TOO_LITTLE_TEXT = 30;
// The square at the centre that trial rotations read: a quarter of the page or less, so four cost about one pass.
const PROBE_SHARE = 0.5;

/**
 * One warm tesseract worker (French + English, data from the npm packages on
 * disk) behind a queue: recognitions run one at a time, in arrival order.
 * tesseract.js has no orientation data here, so a photo whose first reading
 * looks like gibberish is tried at each quarter turn, on its centre, and read
 * again at the best one.
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
  const first = await recognisePass({ worker, prepared, rotation: 0 });
  if (looksUpright(first) || first.text.replace(/\s+/g, '').length < TOO_LITTLE_TEXT) return withoutScore(first);

  const probe = await cropCentre({ prepared });
  const probes: Pass[] = [];
  for (const rotation of ROTATIONS) probes.push(await recognisePass({ worker, prepared: probe, rotation }));
  const likeliest = probes.reduce((best, pass) => (pass.score > best.score ? pass : best));
  if (likeliest.rotation === 0) return withoutScore(first);
  const turned = await recognisePass({ worker, prepared, rotation: likeliest.rotation });
  return withoutScore(turned.score > first.score ? turned : first);
}

function looksUpright(pass: Pass): boolean {
  const keywords = countTicketKeywords({ text: pass.text });
  return (pass.confidence >= UPRIGHT_CONFIDENCE && keywords >= UPRIGHT_KEYWORDS) || (pass.confidence >= 0.8 && keywords >= 1);
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
  const confidence = data.confidence / 100;
  const score = confidence + 0.03 * Math.min(countTicketKeywords({ text: data.text }), 10);
  return { text: data.text, confidence, rotation, lines, score };
}

async function cropCentre({ prepared }: { prepared: PreparedImage }): Promise<PreparedImage> {
  const side = Math.round(Math.min(prepared.width, prepared.height) * PROBE_SHARE);
  const left = Math.round((prepared.width - side) / 2);
  const top = Math.round((prepared.height - side) / 2);
  const pixels = await sharp(prepared.pixels, { raw: { width: prepared.width, height: prepared.height, channels: 1 } })
    .extract({ left, top, width: side, height: side })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { pixels, width: side, height: side };
}

function withoutScore({ score: _score, ...result }: Pass): OcrResult {
  return result;
}
