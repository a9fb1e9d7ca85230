import { translate } from '../../i18n/translate.js';
import { formatMandateDate } from '../../signing/mandates/format-mandate-date.js';
import type { MandateDocument } from '../../signing/mandates/mandate-facts.js';
import type { SigningPageDocument } from '../http/signing-page-view.js';

/** The frozen mandate as the signing page shows it: the PDF's facts block, title and paragraphs, same words. */
export function toSigningPageDocument({ document }: { document: MandateDocument }): SigningPageDocument {
  const { facts, language } = document;
  const notStated = translate(language, 'mandate.pdf.notStated');
  return {
    title: document.title,
    paragraphs: document.paragraphs,
    signatureLabel: document.signatureLabel,
    facts: [
      { label: translate(language, 'mandate.pdf.fact.client'), value: facts.clientName },
      { label: translate(language, 'mandate.pdf.fact.case'), value: facts.caseNumber },
      { label: translate(language, 'mandate.pdf.fact.ticketNumber'), value: facts.ticketNumber ?? notStated },
      { label: translate(language, 'mandate.pdf.fact.offence'), value: facts.offence },
      { label: translate(language, 'mandate.pdf.fact.issuedOn'), value: facts.issuedOn ? formatMandateDate({ date: facts.issuedOn, language }) : notStated },
      { label: translate(language, 'mandate.pdf.fact.court'), value: facts.court ?? notStated },
    ],
  };
}
