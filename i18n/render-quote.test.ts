import { describe, expect, it } from 'vitest';
import { QC_QUOTE_OFFER } from '../billing/quote/test-support/quote-offers.js';
import type { QuoteOffer } from '../billing/quote/quote-offer.js';
import { renderQuote } from './render-quote.js';

const NY_OFFER: QuoteOffer = {
  ...QC_QUOTE_OFFER,
  quote: { currency: 'USD', feeCents: 24900, taxes: [], totalCents: 24900, feeLines: [{ code: 'base', amountCents: 24900 }], taxRegion: 'NY', pricingVersion: 'test-grid' },
  interac: null,
};

describe('renderQuote', () => {
  it('itemises a Quebec quote in French: fee, TPS and TVQ with their rates, total in CAD, card link, Interac reference, expiry, no guarantee', () => {
    const text = renderQuote({ language: 'fr', variant: 'offer', offer: QC_QUOTE_OFFER, caseNumber: 'T911-000042' });
    expect(text.split('\n')).toEqual([
      'Prix pour contester votre constat (dossier T911-000042) :',
      'Nos honoraires : 199,00 $',
      'TPS (5 %) : 9,95 $',
      'TVQ (9,975 %) : 19,85 $',
      'Total : 228,80 $ CAD',
      '',
      'Payer par carte : https://ticket911.example/pay/payTokenQc1',
      'Ou par virement Interac à paiements@ticket911.example, montant 228,80 $ CAD, en écrivant cette référence dans le message : T911-7KQ4-M2XD',
      'Ce prix est valable jusqu’au 28 novembre 2026.',
      'Répondez avec votre adresse courriel pour recevoir votre reçu par courriel.',
      'Payer retient les services de notre cabinet; un avocat examine votre dossier. Aucun résultat n’est garanti.',
    ].map((line) => line.replace(/ \$/g, '\u00a0$')));
  });

  it('says there is no sales tax in New York, in English and Spanish, and has no Interac line there', () => {
    const en = renderQuote({ language: 'en', variant: 'offer', offer: NY_OFFER, caseNumber: 'T911-000043' });
    expect(en).toContain('Our fee: $249.00');
    expect(en).toContain('No sales tax: legal services are not taxable in New York.');
    expect(en).toContain('Total: $249.00 USD');
    expect(en).not.toContain('Interac');
    const es = renderQuote({ language: 'es', variant: 'offer', offer: NY_OFFER, caseNumber: 'T911-000043' });
    expect(es).toContain('Sin impuesto sobre las ventas');
    expect(es).toContain('Pague con tarjeta: https://ticket911.example/pay/payTokenQc1');
  });

  it('reminds with the total and the ways to pay only, and says a person will send a way to pay when none is configured', () => {
    expect(renderQuote({ language: 'en', variant: 'reminder', offer: QC_QUOTE_OFFER, caseNumber: 'T911-000042' }).split('\n')).toEqual([
      'Reminder: your case T911-000042 goes ahead as soon as it is paid ($228.80 CAD).',
      'Pay by card: https://ticket911.example/pay/payTokenQc1',
      'Or by Interac e-Transfer to paiements@ticket911.example, amount $228.80 CAD, writing this reference in the message: T911-7KQ4-M2XD',
    ]);
    const none = renderQuote({ language: 'en', variant: 'pending', offer: { ...NY_OFFER, payUrl: null }, caseNumber: 'T911-000043' });
    expect(none).toBe('Your case T911-000043 is waiting for payment ($249.00 USD).\nA person from our team will send you a way to pay.');
  });
});
