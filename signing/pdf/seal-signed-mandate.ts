import { sha256Hex } from '../sha256-hex.js';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { translate } from '../../i18n/translate.js';
import { appendSignatureCertificate } from './append-signature-certificate.js';
import { drawSignatureMark } from './draw-signature-mark.js';
import { drawTextLine } from '../../pdf/draw-text-line.js';
import { formatSigningInstant } from './format-signing-instant.js';
import { SIGNATURE_BLOCK } from './signature-block-layout.js';
import type { SignatureBox } from './signature-box.js';
import type { SignatureMark, SigningTrail } from './signing-trail.js';

export interface SealSignedMandateOptions {
  /** The PDF renderMandatePdf made, exactly as the signer saw it. */
  unsignedPdf: Uint8Array;
  signatureBox: SignatureBox;
  signature: SignatureMark;
  trail: SigningTrail;
}


/**
 * The signed copy: the signature placed in its box and dated on the Date line,
 * saved (that document's SHA-256 is `signedDocumentSha256`), then a certificate
 * page appended that names both fingerprints and the signing events. Every date
 * comes from the 'signed' event, so the same inputs always give the same bytes.
 */
export async function sealSignedMandate({ unsignedPdf, signatureBox, signature, trail }: SealSignedMandateOptions): Promise<{ pdf: Uint8Array; signedDocumentSha256: string }> {
  // The certificate vouches for the document the signer saw: it must be these bytes.
  if (sha256Hex(unsignedPdf) !== trail.documentSha256.toLowerCase()) throw new Error('The unsigned PDF does not match the SHA-256 in the signing trail');
  if (signature.method !== trail.method) throw new Error(`The signature is ${signature.method} but the signing trail says ${trail.method}`);
  const signedEvent = trail.events.find((event) => event.kind === 'signed');
  if (!signedEvent) throw new Error("The signing trail has no 'signed' event");
  const signedAt = new Date(signedEvent.at);
  if (Number.isNaN(signedAt.getTime())) throw new Error(`The 'signed' event's time is not an ISO instant: "${signedEvent.at}"`);

  const pdf = await PDFDocument.load(unsignedPdf, { updateMetadata: false });
  if (!Number.isInteger(signatureBox.pageIndex) || signatureBox.pageIndex < 0 || signatureBox.pageIndex >= pdf.getPageCount()) {
    throw new Error(`The signature box is on page ${signatureBox.pageIndex + 1}, the PDF has ${pdf.getPageCount()}`);
  }
  const page = pdf.getPage(signatureBox.pageIndex);
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), oblique: await pdf.embedFont(StandardFonts.HelveticaOblique) };
  await drawSignatureMark({ pdf, page, box: signatureBox, signature, language: trail.language, fonts });
  const instant = formatSigningInstant({ at: signedEvent.at, timeZone: trail.timeZone, language: trail.language });
  drawTextLine({
    page,
    font: fonts.regular,
    text: translate(trail.language, 'mandate.pdf.signedAt', { date: instant.date, time: instant.time, offset: instant.offset }),
    x: signatureBox.x + SIGNATURE_BLOCK.dateValueIndent,
    y: signatureBox.y - SIGNATURE_BLOCK.dateDrop,
    size: 9,
    color: rgb(0.12, 0.12, 0.12),
    maxWidth: signatureBox.width - SIGNATURE_BLOCK.dateValueIndent,
  });
  pdf.setModificationDate(signedAt);
  const signedPdf = await pdf.save();
  const signedDocumentSha256 = sha256Hex(signedPdf);

  // The certificate goes on the saved bytes, so it describes exactly the document it hashed.
  const sealed = await PDFDocument.load(signedPdf, { updateMetadata: false });
  await appendSignatureCertificate({ pdf: sealed, trail, signedDocumentSha256 });
  sealed.setModificationDate(signedAt);
  return { pdf: await sealed.save(), signedDocumentSha256 };
}
