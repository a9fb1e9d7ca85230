import { createRequire } from 'node:module';

interface HeicPixels {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel. */
  data: Uint8ClampedArray;
}
type HeicDecode = (options: { buffer: Uint8Array }) => Promise<HeicPixels>;

// heic-decode is CommonJS without types; libheif (WebAssembly) inside it decodes HEVC,
// which sharp's prebuilt libvips cannot.
const decodeHeic = createRequire(import.meta.url)('heic-decode') as HeicDecode;

export interface DecodedHeicImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
}

/** The primary image of a HEIC file as raw RGBA pixels, upright (libheif applies irot/imir). */
export async function decodeHeicImage({ bytes }: { bytes: Buffer }): Promise<DecodedHeicImage> {
  const { width, height, data } = await decodeHeic({ buffer: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), width, height, channels: 4 };
}
