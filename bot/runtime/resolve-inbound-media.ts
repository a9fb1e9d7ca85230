import type { MediaItem } from '../../flows/conversation/conversation-events.js';
import type { MediaStore } from '../media/create-media-store.js';
import type { MediaFetcher, MediaRef } from './ports.js';
import type { Logger } from '../logging/create-logger.js';

export interface ResolveInboundMediaOptions {
  refs: MediaRef[];
  fetchers: MediaFetcher[];
  mediaStore: MediaStore;
  logger: Logger;
}

/**
 * Brings provider media (Twilio MediaUrl…) into our store before the turn, so
 * the machine sees stored items only. A file we cannot fetch becomes an
 * unavailable item: the driver is asked to send it again, the turn goes on.
 */
export async function resolveInboundMedia({ refs, fetchers, mediaStore, logger }: ResolveInboundMediaOptions): Promise<{ items: MediaItem[]; refs: MediaRef[] }> {
  const items: MediaItem[] = [];
  const resolved: MediaRef[] = [];
  for (const ref of refs) {
    if (ref.storedId) {
      items.push({ id: ref.storedId, contentType: ref.contentType, available: true });
      resolved.push(ref);
      continue;
    }
    const fetcher = ref.url ? fetchers.find((f) => f.canFetch(ref)) : undefined;
    if (!fetcher) {
      logger.warn({ contentType: ref.contentType }, 'no fetcher for inbound media');
      items.push({ contentType: ref.contentType, available: false });
      resolved.push(ref);
      continue;
    }
    try {
      const fetched = await fetcher.fetch(ref);
      const stored = await mediaStore.save({ data: fetched.data, declaredType: fetched.contentType || ref.contentType });
      items.push({ id: stored.id, contentType: stored.contentType, available: true });
      resolved.push({ ...ref, storedId: stored.id, contentType: stored.contentType, size: stored.size });
    } catch (error) {
      logger.warn({ err: error, contentType: ref.contentType }, 'inbound media could not be fetched');
      // Fetchers mark a file over the size limit: the driver is told to send a smaller photo, not to resend the same.
      const tooLarge = (error as { code?: unknown }).code === 'media_too_large';
      items.push({ contentType: ref.contentType, available: false, unavailable: tooLarge ? 'too_large' : 'failed' });
      resolved.push(ref);
    }
  }
  return { items, refs: resolved };
}
