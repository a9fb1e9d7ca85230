/** Whether a stored document holds exactly the bytes being written again. */
export function areSameBytes({ stored, given }: { stored: Uint8Array; given: Uint8Array }): boolean {
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).equals(given);
}
