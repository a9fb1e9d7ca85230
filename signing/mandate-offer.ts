/** A mandate to sign, as offered in the chat. */
export interface MandateOffer {
  signatureRequestId: string;
  caseId: string;
  /** The signing page: /sign/<secret>. */
  url: string;
  /** ISO instant the link stops working. */
  expiresAt: string;
  /** From the offer: when the one reminder goes, and when the link lapses. */
  reminderInMs: number;
  expiresInMs: number;
}

/**
 * What the prepareMandate actor made: the offer, and what the turn's
 * transaction stores (recordMandate). The unsigned PDF is already in the
 * document store under `unsignedFileKey`; its SHA-256 is `documentSha256`.
 */
export interface PreparedMandate {
  offer: MandateOffer;
  tokenHash: string;
  jurisdiction: 'QC' | 'ON' | 'NY';
  language: 'fr' | 'en' | 'es';
  templateId: string;
  templateVersion: string;
  /** The filled MandateDocument (signing/mandates/mandate-facts.ts), frozen with the request. */
  document: unknown;
  signatureBox: { pageIndex: number; x: number; y: number; width: number; height: number };
  unsignedFileKey: string;
  documentSha256: string;
}

/** The mandate was signed on the page: the conversation is told, with the sealed copy's link. */
export interface SignatureNotice {
  caseId: string;
  signatureRequestId: string;
  signedPdfUrl: string;
}
