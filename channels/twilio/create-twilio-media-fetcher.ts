import type { FetchedMedia, MediaFetcher, MediaRef } from '../../bot/runtime/ports.js';
import { readBodyAtMost } from '../shared/read-body-at-most.js';

export interface CreateTwilioMediaFetcherOptions {
  accountSid: string;
  authToken: string;
  /** Hosts (host[:port]) that serve MediaUrl and get our credentials. Default ['api.twilio.com']. */
  apiHosts?: string[];
  maxBytes: number;
  fetchImpl?: typeof fetch;
  /** Whole download, redirects included. */
  timeoutMs?: number;
}

/** Twilio redirects once to its storage; a few more hops are tolerated, a loop is not. */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export class MediaFetchError extends Error {
  constructor(
    message: string,
    readonly code: 'media_too_large' | 'media_fetch_failed' | 'media_redirect_invalid',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'MediaFetchError';
  }
}

/**
 * Downloads Twilio MediaUrls (MMS, WhatsApp). Twilio requires HTTP Basic auth
 * (when "HTTP Basic Authentication for media access" is on) and answers with a
 * redirect to a signed storage URL; we follow it ourselves so the credentials
 * never reach a host other than Twilio's API.
 */
export function createTwilioMediaFetcher({
  accountSid,
  authToken,
  apiHosts = ['api.twilio.com'],
  maxBytes,
  fetchImpl = fetch,
  timeoutMs = 60_000,
}: CreateTwilioMediaFetcherOptions): MediaFetcher {
  const trustedHosts = new Set(apiHosts.map((host) => host.toLowerCase()));
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const isTrusted = (url: URL) => trustedHosts.has(url.host.toLowerCase());

  return {
    canFetch(ref: MediaRef): boolean {
      const url = parseUrl(ref.url);
      return url !== undefined && isTrusted(url);
    },

    async fetch(ref: MediaRef): Promise<FetchedMedia> {
      let url = parseUrl(ref.url);
      if (!url || !isTrusted(url)) throw new MediaFetchError('Not a Twilio media URL', 'media_fetch_failed');
      // fetch and body reads reject with the abort reason, so a timeout surfaces as our MediaFetchError.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new MediaFetchError('Media download timed out', 'media_fetch_failed')), timeoutMs);
      try {
        for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
          const response = await fetchImpl(url, {
            // Credentials only for Twilio's API host, never for the storage host it redirects to.
            headers: isTrusted(url) ? { Authorization: authorization } : {},
            redirect: 'manual',
            signal: controller.signal,
          });
          if (REDIRECT_STATUSES.has(response.status)) {
            await response.body?.cancel();
            const next = parseUrl(response.headers.get('location') ?? undefined, url);
            if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
              throw new MediaFetchError('Media redirect without a usable Location', 'media_redirect_invalid', response.status);
            }
            url = next;
            continue;
          }
          if (!response.ok) {
            await response.body?.cancel();
            throw new MediaFetchError(`Media download failed (HTTP ${response.status})`, 'media_fetch_failed', response.status);
          }
          const data = await readBodyAtMost({ response, maxBytes, tooLarge: () => new MediaFetchError(`Media larger than ${maxBytes} bytes`, 'media_too_large') });
          const contentType = response.headers.get('content-type') ?? ref.contentType ?? 'application/octet-stream';
          return { data, contentType };
        }
        throw new MediaFetchError('Too many media redirects', 'media_redirect_invalid');
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function parseUrl(value: string | undefined, base?: URL): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
