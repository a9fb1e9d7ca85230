/** The real type of the driver's file, from its bytes. */
export type TicketSourceType = 'jpeg' | 'png' | 'webp' | 'heic' | 'avif' | 'gif' | 'pdf';

/** A driver's file made ready for the readers. */
export interface TicketImage {
  /** For Claude vision: upright sRGB JPEG on white, long edge ≤ 1568 px, ≤ ~1.15 MP, under the API's 5 MB. */
  jpeg: Buffer;
  mediaType: 'image/jpeg';
  width: number;
  height: number;
  sourceType: TicketSourceType;
  /** Pages in the PDF; only page 1 is read. Absent for images. */
  pageCount?: number;
  /** For the offline OCR: greyscale PNG with more pixels than the API image (long edge ≤ 2400 px). */
  ocrImage: { png: Buffer; width: number; height: number };
}

/** Decompression-bomb guard: a few KB can claim gigapixels. 120 MP is above any phone camera. */
export const MAX_INPUT_PIXELS = 120_000_000;
