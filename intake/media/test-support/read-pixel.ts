import sharp from 'sharp';

/** The colour of one pixel of an encoded image, as [r, g, b] (or [grey]). */
export async function readPixel({ image, x, y }: { image: Buffer; x: number; y: number }): Promise<number[]> {
  const { data, info } = await sharp(image).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
  return [...data.subarray(0, info.channels)];
}
