import { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages.js';

/**
 * Shapes shared by the web chat handlers. Ids are opaque to the channel, but
 * bounding them keeps junk (huge strings, control characters) away from the
 * runtime and out of the SSE `id:` field, which must not contain newlines.
 */
export const webChatSchemas = {
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  mediaId: z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/),
  token: z.string().min(1).max(512).regex(/^[\x21-\x7e]+$/),
  cursor: z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/),
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'clientMessageId: 1-100 characters among A-Z a-z 0-9 _ -'),
  language: z.enum(LANGUAGES),
  maxTextLength: 2000,
  /** JSON bodies and multipart text fields alike. */
  maxJsonBytes: 1024 * 1024,
} as const;
