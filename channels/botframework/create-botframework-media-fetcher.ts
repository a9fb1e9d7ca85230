import type { FetchedMedia, MediaFetcher, MediaRef } from '../../bot/runtime/ports.js';
import { readBodyAtMost } from '../shared/read-body-at-most.js';

export interface CreateBotFrameworkMediaFetcherOptions {
  /**
   * Hosts whose attachment URLs are downloaded: an exact host name
   * ("smba.trafficmanager.net") or a "*." suffix ("*.asm.skype.com").
   * Teams: smba.trafficmanager.net, *.asm.skype.com; Direct Line:
   * directline.botframework.com; Emulator: localhost / 127.0.0.1.
   */
  allowedHosts: string[];
  maxBytes: number;
  /** The bot's token (createBotFrameworkTokenSource); absent in unauthenticated (emulator) mode. */
  getToken?: () => Promise<string>;
  timeoutMs?: number;
}

/**
 * Downloads the image attachments of Bot Framework messages (MediaRef.url is
 * the attachment's contentUrl). Teams keeps them behind the connector, so the
 * bot's token goes along; it is only ever sent over https to an allowed host,
 * and fetch drops it on a redirect to another origin.
 */
export function createBotFrameworkMediaFetcher({
  allowedHosts,
  maxBytes,
  getToken,
  timeoutMs = 30_000,
}: CreateBotFrameworkMediaFetcherOptions): MediaFetcher {
  const patterns = allowedHosts.map((host) => host.trim().toLowerCase()).filter(Boolean);
  const isAllowed = (host: string) =>
    patterns.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern));

  const parse = (ref: MediaRef): URL | undefined => {
    if (!ref.url) return undefined;
    try {
      const url = new URL(ref.url);
      return (url.protocol === 'https:' || url.protocol === 'http:') && isAllowed(url.hostname.toLowerCase()) ? url : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    canFetch: (ref) => parse(ref) !== undefined,
    async fetch(ref): Promise<FetchedMedia> {
      const url = parse(ref);
      if (!url) throw mediaError('botframework: not an allowed attachment URL');
      const headers: Record<string, string> = {};
      if (getToken && url.protocol === 'https:') headers.authorization = `Bearer ${await getToken()}`;

      const response = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) {
        await response.body?.cancel();
        throw mediaError(`botframework: attachment download answered ${response.status}`, response.status);
      }
      const data = await readBodyAtMost({ response, maxBytes, tooLarge: () => Object.assign(mediaError(`botframework: attachment larger than ${maxBytes} bytes`), { code: 'media_too_large' }) });
      const header = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      // Some stores answer application/octet-stream; the attachment's own type is then better.
      const contentType = header && header !== 'application/octet-stream' ? header : ref.contentType;
      return { data, contentType };
    },
  };
}

/** A download failure; statusCode when the host answered. */
function mediaError(message: string, statusCode?: number): Error & { statusCode?: number } {
  return Object.assign(new Error(message), { name: 'BotFrameworkMediaError', statusCode });
}
