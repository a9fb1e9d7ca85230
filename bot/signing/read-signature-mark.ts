import sharp from 'sharp';
import type { SignatureMark } from '../../signing/pdf/signing-trail.js';

export interface ReadSignatureMarkOptions {
  method?: string;
  /** `data:image/png;base64,…` from the signing pad, when drawn. */
  signature?: string;
  typedName?: string;
}

export type ReadSignatureMarkResult = { status: 'ok'; mark: SignatureMark; signerName: string | null } | { status: 'missing' } | { status: 'bad' };

const MAX_PNG_BYTES = 512 * 1024;
const MAX_SIDE = 4000;
const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;

/** A typed name as printed: letters of any script, spaces, apostrophes, hyphens, dots; 2 to 100 characters. */
function cleanTypedName(value: string | undefined): string | null {
  const name = (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 100) return null;
  return /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(name) ? name : null;
}

/**
 * The signature posted by the page: a drawing (a real PNG, bounded in bytes
 * and pixels, with ink on it) or a typed name. Anything else is refused
 * before it reaches the PDF.
 */
export async function readSignatureMark({ method, signature, typedName }: ReadSignatureMarkOptions): Promise<ReadSignatureMarkResult> {
  const name = cleanTypedName(typedName);
  if (method === 'drawn') {
    const match = PNG_DATA_URL.exec(signature ?? '');
    if (!match) return { status: 'bad' };
    const png = Buffer.from(match[1]!, 'base64');
    if (png.length === 0 || png.length > MAX_PNG_BYTES) return { status: 'bad' };
    try {
      const image = sharp(png, { limitInputPixels: MAX_SIDE * MAX_SIDE });
      const metadata = await image.metadata();
      if (metadata.format !== 'png' || !metadata.width || !metadata.height || metadata.width > MAX_SIDE || metadata.height > MAX_SIDE) return { status: 'bad' };
      const stats = await image.stats();
      const hasInk = stats.channels.length === 4 ? stats.channels[3]!.max > 0 : stats.channels[0]!.min < 128;
      if (!hasInk) return { status: 'missing' };
    } catch {
      return { status: 'bad' };
    }
    return { status: 'ok', mark: { method: 'drawn', png: new Uint8Array(png) }, signerName: name };
  }
  if (!name) return { status: 'missing' };
  return { status: 'ok', mark: { method: 'typed', name }, signerName: name };
}
