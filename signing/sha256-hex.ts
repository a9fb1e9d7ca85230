import { createHash } from 'node:crypto';

/** SHA-256 as lowercase hex: of a PDF (the trail's fingerprints) or of a link's secret (what the database keeps instead of it). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
