import type { Language } from '../../i18n/languages.js';

/** What the signer put in the box on the signing page. */
export type SignatureMark = { method: 'drawn'; png: Uint8Array } | { method: 'typed'; name: string };

/** The events the certificate lists (failed codes and locks stay in the database trail only). */
export const SIGNING_EVENT_KINDS = ['created', 'viewed', 'code_sent', 'code_verified', 'signed'] as const;
export type SigningEventKind = (typeof SIGNING_EVENT_KINDS)[number];

export interface SigningEvent {
  kind: SigningEventKind;
  /** ISO instant */
  at: string;
  ip: string | null;
  userAgent: string | null;
}

/** The evidence the certificate page prints: what was signed, by whom, how, when and from where. */
export interface SigningTrail {
  signatureRequestId: string;
  /** SHA-256 hex of the unsigned PDF, as shown to the signer. */
  documentSha256: string;
  signerName: string;
  method: 'drawn' | 'typed';
  /** Already masked by the caller: "SMS •••• 4567", "chat". */
  codeSentTo: string;
  events: SigningEvent[];
  /** IANA, e.g. America/Montreal: the certificate's times are printed in it, with their offset. */
  timeZone: string;
  language: Language;
}
