/**
 * Where a third-party e-signature service (DocuSign, Dropbox Sign) would plug
 * in, instead of our signing page. Not implemented: the firm's own page
 * (bot/signing) covers the need. An adapter implements this, lives in
 * channels/<provider>/ (it verifies the provider's webhook signature), and,
 * once `fetchSignedDocument` returns, stores the PDF in the DocumentStore and
 * delivers MANDATE.SIGNED to the conversation exactly as
 * bot/signing/sign-mandate.ts does. The conversation machine does not change.
 */
export interface ESignatureProvider {
  readonly name: string;
  /** Sends the unsigned mandate for signature; returns the provider's envelope id and the signing URL for the chat. */
  requestSignature(options: {
    signatureRequestId: string;
    pdf: Uint8Array;
    signer: { name: string; email: string | null; phone: string | null; language: 'fr' | 'en' | 'es' };
    /** Where the signature goes (points, page index), as our renderer reports it. */
    signatureBox: { pageIndex: number; x: number; y: number; width: number; height: number };
    returnUrl: string;
  }): Promise<{ envelopeId: string; signingUrl: string }>;
  /** From the provider's completion webhook, after its signature was verified. */
  fetchSignedDocument(envelopeId: string): Promise<{ pdf: Uint8Array; auditTrailPdf: Uint8Array | null; signedAt: Date }>;
}
