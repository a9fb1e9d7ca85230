import sharp from 'sharp';

export interface RenderTextImageOptions {
  lines: string[];
  width?: number;
  height?: number;
  fontSize?: number;
  /** Clockwise degrees applied after drawing, as a phone held sideways would. */
  rotation?: 0 | 90 | 180 | 270;
  /** Darkens one side the way a hand's shadow does. */
  shadow?: boolean;
}

/**
 * Test support: draws lines of text as a phone-photo-like JPEG. The font is
 * the generic sans-serif, which is whatever fontconfig resolves it to.
 */
export async function renderTextImage({
  lines,
  width = 1200,
  height = 1600,
  fontSize = 40,
  rotation = 0,
  shadow = false,
}: RenderTextImageOptions): Promise<Buffer> {
  const step = Math.round(fontSize * 1.9);
  const text = lines
    .map((line, i) => `<text x="${Math.round(width * 0.06)}" y="${step * (i + 2)}" font-family="sans-serif" font-size="${fontSize}" fill="#1a1a1a">${escapeXml(line)}</text>`)
    .join('');
  const shade = shadow
    ? `<defs><linearGradient id="s" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#s)"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${text}${shade}</svg>`;
  return sharp(Buffer.from(svg)).rotate(rotation).jpeg({ quality: 85 }).toBuffer();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
