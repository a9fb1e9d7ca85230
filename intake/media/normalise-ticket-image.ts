import sharp, { type OutputInfo, type SharpOptions } from 'sharp';
import { TicketFileError } from './ticket-file-error.js';
import { MAX_INPUT_PIXELS, type TicketImage, type TicketSourceType } from './ticket-image.js';

export interface NormaliseTicketImageOptions {
  /** An encoded image sharp decodes (JPEG, PNG, WebP, GIF, AVIF), or raw pixels described by `raw`. */
  input: Buffer;
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
  sourceType: TicketSourceType;
  pageCount?: number;
  /** Under this many pixels on the short edge no ticket is legible. */
  minEdgePx?: number;
  maxInputPixels?: number;
  /** Claude's vision guidance: a longer edge or more pixels are scaled down by the API, adding latency and nothing else. */
  apiLongEdgePx?: number;
  apiMaxPixels?: number;
  /** The Messages API refuses an image over 5 MB; measured on its base64 form, to be safe. */
  apiMaxBase64Bytes?: number;
  ocrLongEdgePx?: number;
}

/** Quality steps tried in turn when a JPEG comes out over the API's limit. */
const JPEG_QUALITIES = [85, 75, 60];

/**
 * One decoded image -> the JPEG Claude reads and the greyscale PNG the OCR reads:
 * upright by its EXIF orientation, alpha flattened on white, sRGB, within the
 * size limits. Throws TicketFileError: corrupt, too_small or too_large.
 */
export async function normaliseTicketImage({
  input,
  raw,
  sourceType,
  pageCount,
  minEdgePx = 200,
  maxInputPixels = MAX_INPUT_PIXELS,
  apiLongEdgePx = 1568,
  apiMaxPixels = 1_150_000,
  apiMaxBase64Bytes = 5 * 1024 * 1024,
  ocrLongEdgePx = 2400,
}: NormaliseTicketImageOptions): Promise<TicketImage> {
  // 'error' rejects truncated data (a half-uploaded photo) yet tolerates the harmless warnings phones produce.
  // pages: 1 reads the first frame of an animated GIF or WebP.
  const decodeOptions: SharpOptions = { failOn: 'error', limitInputPixels: maxInputPixels, pages: 1, ...(raw ? { raw } : {}) };

  // The header alone, without the pixel limit: a bomb is too_large, not corrupt.
  const metadata = await sharp(input, { ...decodeOptions, limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new TicketFileError('corrupt', 'The image cannot be decoded');
    });
  const { width, height } = metadata.autoOrient ?? metadata;
  if (width * height > maxInputPixels) throw new TicketFileError('too_large', 'The image has too many pixels');
  if (Math.min(width, height) < minEdgePx) throw new TicketFileError('too_small', 'The image is too small to read a ticket');

  // Decode once, at the larger of the two sizes needed.
  const upright = await sharp(input, decodeOptions)
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .resize({ width: ocrLongEdgePx, height: ocrLongEdgePx, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw new TicketFileError('corrupt', 'The image cannot be decoded');
    });
  const pixels = () => sharp(upright.data, { raw: { width: upright.info.width, height: upright.info.height, channels: upright.info.channels } });

  const scale = Math.min(
    1,
    apiLongEdgePx / Math.max(upright.info.width, upright.info.height),
    Math.sqrt(apiMaxPixels / (upright.info.width * upright.info.height)),
  );
  const apiSize = { width: Math.max(1, Math.floor(upright.info.width * scale)), height: Math.max(1, Math.floor(upright.info.height * scale)) };

  let api: { data: Buffer; info: OutputInfo } | undefined;
  for (const quality of JPEG_QUALITIES) {
    api = await pixels().resize({ ...apiSize, fit: 'fill' }).jpeg({ quality }).toBuffer({ resolveWithObject: true });
    if (Math.ceil(api.data.length / 3) * 4 <= apiMaxBase64Bytes) break;
    api = undefined;
  }
  if (!api) throw new TicketFileError('too_large', 'The image does not compress under the API limit');

  const ocr = await pixels().toColourspace('b-w').png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });

  return {
    jpeg: api.data,
    mediaType: 'image/jpeg',
    width: api.info.width,
    height: api.info.height,
    sourceType,
    ...(pageCount === undefined ? {} : { pageCount }),
    ocrImage: { png: ocr.data, width: ocr.info.width, height: ocr.info.height },
  };
}
