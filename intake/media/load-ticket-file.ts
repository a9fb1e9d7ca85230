import sharp from 'sharp';
import { decodeHeicImage } from './decode-heic-image.js';
import { normaliseTicketImage } from './normalise-ticket-image.js';
import { renderPdfFirstPage } from './render-pdf-first-page.js';
import { sniffTicketFileType } from './sniff-ticket-file-type.js';
import { TicketFileError } from './ticket-file-error.js';
import { MAX_INPUT_PIXELS, type TicketImage } from './ticket-image.js';

export interface LoadTicketFileOptions {
  /** The file exactly as the driver sent it; its name and declared type are not trusted. */
  bytes: Buffer;
  maxBytes: number;
  minEdgePx?: number;
  maxInputPixels?: number;
}

/**
 * The driver's file (photo, scan or PDF) -> a TicketImage for the readers.
 * Throws TicketFileError: too_large (checked before anything is decoded),
 * unsupported_type, corrupt (also an encrypted PDF) or too_small.
 */
export async function loadTicketFile({ bytes, maxBytes, minEdgePx, maxInputPixels = MAX_INPUT_PIXELS }: LoadTicketFileOptions): Promise<TicketImage> {
  if (bytes.length > maxBytes) throw new TicketFileError('too_large', `The file is over ${maxBytes} bytes`);
  const sourceType = sniffTicketFileType({ bytes });
  if (!sourceType) throw new TicketFileError('unsupported_type', 'The file is not an image or a PDF we read');

  if (sourceType === 'pdf') {
    const page = await renderPdfFirstPage({ bytes }).catch(() => {
      // PasswordException, InvalidPDFException...: nothing a driver can fix but by sending a photo.
      throw new TicketFileError('corrupt', 'The PDF cannot be opened');
    });
    return normaliseTicketImage({ input: page.png, sourceType, pageCount: page.pageCount, minEdgePx, maxInputPixels });
  }

  if (sourceType === 'heic' || sourceType === 'avif') {
    // sharp reads any HEIF header, and decodes AV1 but not HEVC (its prebuilt libheif has no HEVC decoder).
    const header = await sharp(bytes).metadata().catch(() => undefined);
    if (header && header.width * header.height > maxInputPixels) throw new TicketFileError('too_large', 'The image has too many pixels');
    if (sourceType === 'heic' && header?.compression !== 'av1') {
      const pixels = await decodeHeicImage({ bytes, maxPixels: maxInputPixels }).catch((error: unknown) => {
        if (error instanceof TicketFileError) throw error;
        throw new TicketFileError('corrupt', 'The HEIC image cannot be decoded');
      });
      const raw = { width: pixels.width, height: pixels.height, channels: pixels.channels };
      return normaliseTicketImage({ input: pixels.data, raw, sourceType, minEdgePx, maxInputPixels });
    }
  }

  return normaliseTicketImage({ input: bytes, sourceType, minEdgePx, maxInputPixels });
}
