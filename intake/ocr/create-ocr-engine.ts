import sharp from 'sharp';
import type { Worker } from 'tesseract.js';
import { countTicketKeywords } from './count-ticket-keywords.js';
import { estimateTextDirection } from './estimate-text-direction.js';
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

// A pass this sure, naming a ticket word or two, is taken without trying
// other rotations: most photos are upright and cost one pass.
const GOOD_CONFIDENCE = 0.7;
const GOOD_KEYWORDS = 2;

/**
 * One warm tesseract worker (French + English, data from the npm packages on
 * disk) behind a queue: recognitions run one at a time, in arrival order.
 */
export async function createOcrEngine({ cacheDir, workerPath }: { cacheDir?: string; workerPath?: string } = {}): Promise<OcrEngine> {
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
  const direction = await estimateTextDirection(prepared);
  // The direction is cheap and usually right; when it is sure, only its two rotations are tried.
  const rotations: Rotation[] = direction === 'horizontal' ? [0, 180] : direction === 'vertical' ? [90, 270] : [0, 180, 90, 270];
  let best: (OcrResult & { score: number }) | null = null;
  for (const rotation of rotations) {
    const pass = await recognisePass({ worker, prepared, rotation });
    const keywords = countTicketKeywords({ text: pass.text });
    const score = pass.confidence + 0.03 * Math.min(keywords, 10);
    if (!best || score > best.score) best = { ...pass, score };
    if (pass.confidence >= GOOD_CONFIDENCE && keywords >= GOOD_KEYWORDS) break;
  }
  const { score: _score, ...result } = best!;
  return result;
}

async function recognisePass({ worker, prepared, rotation }: { worker: Worker; prepared: PreparedImage; rotation: Rotation }): Promise<OcrResult> {
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
  return { text: data.text, confidence: data.confidence / 100, rotation, lines };
}
