/**
 * What the runtime offers to channel adapters, and what it needs from them.
 * channels/ import these types; bot/ never imports channels/ (except the
 * composition root, bot/server/create-app.ts).
 */

export type ChannelKind = 'sms' | 'whatsapp' | 'web' | 'botframework';

export interface MediaRef {
  /** Provider URL of media still to fetch (e.g. Twilio MediaUrl0). */
  url?: string;
  /** Id in our media store, for media already stored (web chat uploads, fetched provider media). */
  storedId?: string;
  contentType: string;
  size?: number;
}

/** The one internal message type every adapter produces. */
export interface InboundMessage {
  channel: ChannelKind;
  /** Who wrote: E.164 number (sms/whatsapp), web session id, Bot Framework conversation id. */
  address: string;
  /** Provider's message id, unique per provider (Twilio MessageSid, activity id, web client id): retries are deduplicated on it. */
  providerId?: string;
  text?: string;
  media: MediaRef[];
  /** The number the driver wrote to (Twilio "To"): it tells the market (514 / 416 / 212). */
  recipient?: string;
  /** What a later reply needs (Bot Framework conversation reference). Stored on the conversation. */
  channelData?: Record<string, unknown>;
  /** A language the channel knows (browser language, Teams locale); a hint only. */
  languageHint?: string;
  receivedAt: Date;
}

export interface AcceptResult {
  conversationId: string;
  messageId: string;
  /** True when the providerId was seen before: nothing new was stored. */
  duplicate: boolean;
}

/** Adapters hand inbound messages over here. It resolves once the message is durably stored. */
export interface InboundPort {
  accept(message: InboundMessage): Promise<AcceptResult>;
}

export interface OutboundMessage {
  /** Our Message id: stable across retries, usable as an idempotency key. */
  messageId: string;
  channel: ChannelKind;
  /** Where to: E.164 number, web session id, Bot Framework conversation id. */
  address: string;
  text: string;
  /** Our number the driver wrote to, when known: replies leave from it. */
  from?: string;
  channelData?: Record<string, unknown>;
  /** Catalog key of the text, for WhatsApp templates outside the 24-hour window. */
  templateKey?: string;
  templateVars?: Record<string, string>;
  /** Last time the driver wrote on this conversation (WhatsApp 24-hour window). */
  lastInboundAt?: Date;
}

export interface SendResult {
  providerId: string;
  status?: string;
}

/** Thrown by senders; the outbox retries when retryable, honouring retryAfterMs (HTTP Retry-After). */
export class SendError extends Error {
  constructor(
    message: string,
    readonly options: { retryable: boolean; retryAfterMs?: number; code?: string } = { retryable: true },
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** One per channel kind (Novu's ISmsProvider idea). */
export interface MessageSender {
  readonly channel: ChannelKind;
  send(message: OutboundMessage): Promise<SendResult>;
  /**
   * After a crash between a send and its record: did this message already leave?
   * Returns its provider id when found. Without it the outbox must resend.
   */
  findSent?(message: OutboundMessage, since: Date): Promise<SendResult | null>;
}

export interface FetchedMedia {
  data: Buffer;
  contentType: string;
}

/** Downloads provider media (Twilio MediaUrl with Basic auth). */
export interface MediaFetcher {
  canFetch(ref: MediaRef): boolean;
  fetch(ref: MediaRef): Promise<FetchedMedia>;
}

export interface DeliveryStatusUpdate {
  providerId: string;
  status: string;
  errorCode?: string;
}

/** Provider delivery receipts (Twilio status callbacks). */
export interface DeliveryStatusPort {
  /** False when no message has that provider id. */
  record(update: DeliveryStatusUpdate): Promise<boolean>;
}

export interface TranscriptMessage {
  /** Cursor: pass it as `after` to get what came later. */
  cursor: string;
  id: string;
  direction: 'in' | 'out';
  text: string | null;
  media: { id: string; contentType: string; url: string }[];
  status: string;
  createdAt: string;
}

/** The web chat's session and transcript services. */
export interface WebChatPort {
  createSession(options: { languageHint?: string }): Promise<{ sessionId: string; token: string }>;
  /** Null when the session is unknown; throws nothing. */
  authenticate(sessionId: string, token: string): Promise<'ok' | 'unknown-session' | 'bad-token'>;
  listMessages(sessionId: string, options: { after?: string; limit?: number }): Promise<TranscriptMessage[]>;
  /** Stores an upload before it is acknowledged; returns the ref to put in the InboundMessage. */
  storeUpload(options: { data: Buffer; contentType: string; filename?: string }): Promise<MediaRef>;
  /** Media of this session only. */
  readMedia(sessionId: string, mediaId: string): Promise<FetchedMedia | null>;
  /** Called for every new transcript message of the session; returns an unsubscribe function. */
  subscribe(sessionId: string, listener: (message: TranscriptMessage) => void): () => void;
}

/** An email to a client (receipt with its invoice attached). */
export interface OutboundEmail {
  /** Our OutboundEmail id: the provider's idempotency key, stable across retries. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** One per email provider (Resend). Throws SendError; retryable ones are retried by the email outbox. */
export interface EmailSender {
  readonly provider: string;
  send(email: OutboundEmail): Promise<SendResult>;
}
