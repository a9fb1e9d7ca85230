import { createRequire } from 'node:module';
import { TicketFileError } from './ticket-file-error.js';
import { MAX_INPUT_PIXELS } from './ticket-image.js';

interface HeicPixels {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel. */
  data: Uint8ClampedArray;
}
interface HeicImageHandle {
  width: number;
  height: number;
  decode(): Promise<HeicPixels>;
}
type HeicDecodeAll = (options: { buffer: Uint8Array }) => Promise<HeicImageHandle[] & { dispose(): void }>;

// heic-decode is CommonJS without types; libheif (WebAssembly) inside it decodes HEVC,
// which sharp's prebuilt libvips cannot. `all` gives each image's size before any pixel is allocated.
const decodeHeicAll = (createRequire(import.meta.url)('heic-decode') as { all: HeicDecodeAll }).all;

export interface DecodedHeicImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
}

export interface DecodeHeicImageOptions {
  bytes: Buffer;
  /** heic-decode allocates width × height × 4 bytes up front: a forged header must be refused before that. */
  maxPixels?: number;
}

/**
 * The primary image of a HEIC file as raw RGBA pixels, upright (libheif applies irot/imir).
 * Throws TicketFileError too_large when the declared size is over maxPixels, before decoding.
 */
export async function decodeHeicImage({ bytes, maxPixels = MAX_INPUT_PIXELS }: DecodeHeicImageOptions): Promise<DecodedHeicImage> {
  const images = await decodeHeicAll({ buffer: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  try {
    const primary = images[0];
    if (!primary) throw new Error('HEIF image not found');
    if (!(primary.width > 0 && primary.height > 0) || primary.width * primary.height > maxPixels) {
      throw new TicketFileError('too_large', 'The image has too many pixels');
    }
    const { width, height, data } = await primary.decode();
    return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), width, height, channels: 4 };
  } finally {
    images.dispose();
  }
}
