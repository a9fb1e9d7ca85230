/** Stored media ids of a media column: messages keep MediaRefs (storedId), cases keep { id }. */
export function mediaIdsOf(media: unknown): string[] {
  if (!Array.isArray(media)) return [];
  return media.flatMap((item: { storedId?: unknown; id?: unknown } | null) => {
    const id = item?.storedId ?? item?.id;
    return typeof id === 'string' ? [id] : [];
  });
}
