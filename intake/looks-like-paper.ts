import sharp from 'sharp';

export interface LooksLikePaperOptions {
  /** Any colour image sharp reads (the API JPEG): the greyscale OCR copy has no saturation to judge. */
  image: Buffer;
}

/**
 * A ticket is mostly pale, unsaturated paper. When OCR finds almost no text
 * this tells a photo of something else (a selfie, a street) — "this is not a
 * ticket" — from a ticket too blurry to read — "please retake it".
 */
export async function looksLikePaper({ image }: LooksLikePaperOptions): Promise<boolean> {
  const { data, info } = await sharp(image).resize(96, 96, { fit: 'inside' }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  let paper = 0;
  const pixels = info.width * info.height;
  for (let i = 0; i < data.length; i += info.channels) {
    const r = data[i];
    const g = info.channels >= 3 ? data[i + 1] : r;
    const b = info.channels >= 3 ? data[i + 2] : r;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const saturation = max === 0 ? 0 : (max - min) / max;
    if (max >= 150 && saturation <= 0.22) paper += 1;
  }
  return paper / pixels >= 0.3;
}
