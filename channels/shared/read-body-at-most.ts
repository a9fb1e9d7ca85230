/**
 * Reads a fetch response's body, giving up as soon as it passes maxBytes
 * rather than buffering a huge file (Content-Length may be absent or wrong).
 */
export async function readBodyAtMost({ response, maxBytes, tooLarge }: { response: Response; maxBytes: number; tooLarge: () => Error }): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
