import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../i18n/format-money.js';
import type { InvoiceDocument } from './invoice-document.js';
import { catalogs } from '../../i18n/translate.js';
import { renderInvoicePdf } from './render-invoice-pdf.js';
import { makeTestInvoice, type TestMarket } from './test-support/make-test-invoice.js';
import { readPdf } from '../../pdf/test-support/read-pdf.js';

const LETTER = { width: 612, height: 792 };
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

interface Expected {
  title: string;
  issuedOn: string;
  taxLabels: string[];
  paymentMethod: string;
}

const EXPECTED: Record<TestMarket, Expected> = {
  qc: { title: 'Facture 2026-000042', issuedOn: '4 mars 2026', taxLabels: ['TPS (5 %)', 'TVQ (9,975 %)'], paymentMethod: 'Carte' },
  on: { title: 'Invoice 2026-000043', issuedOn: 'March 4, 2026', taxLabels: ['HST (13%)'], paymentMethod: 'Interac e-Transfer' },
  ny: { title: 'Factura 2026-000044', issuedOn: '4 de marzo de 2026', taxLabels: [], paymentMethod: 'Tarjeta' },
};

function amountsOf(invoice: InvoiceDocument): string[] {
  const cents = [...invoice.feeLines.map((line) => line.amountCents), invoice.feeCents, ...invoice.taxes.map((tax) => tax.amountCents), invoice.totalCents];
  return cents.map((amount) => spaces(formatMoney(invoice.language, amount, invoice.currency)));
}

describe('renderInvoicePdf', () => {
  it.each(['qc', 'on', 'ny'] as const)('%s: one Letter page a PDF reader can read back, in the invoice’s language', async (market) => {
    const invoice = makeTestInvoice({ market });
    const expected = EXPECTED[market];
    const pdf = await readPdf(await renderInvoicePdf({ invoice }));

    expect(pdf.pageCount).toBe(1);
    expect(pdf.info.Title).toBe(expected.title);
    expect(pdf.info.Author).toBe(invoice.firm.name);
    const lines = pdf.text.split('\n');
    for (const text of [invoice.number, invoice.firm.name, invoice.client.name!, invoice.caseNumber, invoice.ticketDescription, invoice.payment.reference, expected.paymentMethod]) {
      expect(lines).toContain(text);
    }
    for (const registration of invoice.firm.taxRegistrations) expect(pdf.text).toContain(registration.number);
    // Printed in the invoice's time zone: 03:30 UTC on March 5 is still March 4 in Montreal, Toronto and New York.
    expect(lines).toContain(expected.issuedOn);
    for (const taxLabel of expected.taxLabels) expect(lines).toContain(taxLabel);
    for (const amount of amountsOf(invoice)) expect(lines).toContain(amount);
  });

  it('prints the labels of each language: fees, subtotal, total, payment and the PAID stamp', async () => {
    const fr = (await readPdf(await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'qc' }) }))).text.split('\n');
    const en = (await readPdf(await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'on' }) }))).text.split('\n');
    const es = (await readPdf(await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'ny' }) }))).text.split('\n');
    expect(fr).toEqual(expect.arrayContaining(['Facture / reçu', 'Contestation du constat', 'Traitement urgent : échéance dans 5 jours ou moins', 'Sous-total', 'Total', 'PAYÉ', 'No TPS : 123456789 RT0001', 'No TVQ : 1234567890 TQ0001']));
    expect(en).toEqual(expect.arrayContaining(['Invoice / receipt', 'Defence of the ticket', 'Subtotal', 'Total', 'PAID', 'HST no.: 123456789 RT0001']));
    expect(es).toEqual(expect.arrayContaining(['Factura / recibo', 'Defensa de la multa', 'Subtotal', 'Total', 'PAGADO']));
  });

  it('gives New York, which charges no tax on legal services, no tax line', async () => {
    const { text } = await readPdf(await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'ny' }) }));
    expect(text).not.toMatch(/GST|QST|HST|TPS|TVQ|TVH|%/);
    expect(text).toContain('$1,250.00');
  });

  it('prints the total in bold, unlike the subtotal', async () => {
    const invoice = makeTestInvoice({ market: 'on' });
    const { items } = await readPdf(await renderInvoicePdf({ invoice }));
    const fontOf = (str: string) => items.filter((item) => item.str === str).map((item) => item.fontName);
    const bold = fontOf('2026-000043')[0];
    expect(fontOf('Total')).toEqual([bold]);
    expect(fontOf('$198.32')).toEqual([bold]);
    expect(fontOf('Subtotal')).not.toContain(bold);
  });

  it('renders the same invoice to the same bytes, dated by its issue, not by the clock', async () => {
    const invoice = makeTestInvoice({ market: 'qc' });
    const first = await renderInvoicePdf({ invoice });
    const second = await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'qc' }) });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const { info } = await readPdf(first);
    expect(info).toMatchObject({ CreationDate: 'D:20260305033000Z', ModDate: 'D:20260305033000Z', Language: 'fr-CA' });
    const reissued = await renderInvoicePdf({ invoice: { ...invoice, issuedAt: '2026-03-06T15:00:00.000Z' } });
    expect(Buffer.from(reissued).equals(Buffer.from(first))).toBe(false);
  });

  it('keeps long details and characters outside WinAnsi on the one page instead of throwing', async () => {
    const invoice = makeTestInvoice({ market: 'qc' });
    invoice.firm.name = 'Cabinet Juridique Ticket911 Montréal-Nord'; // 41 characters
    invoice.firm.addressLines = Array.from({ length: 10 }, (_, i) => `Ligne d’adresse ${i + 1}, bureau ${100 + i}, Montréal (Québec)`);
    invoice.client = { name: 'Łukasz 🚗 Wiśniewski-Nowak de la Montagne-Sainte-Geneviève', email: 'lukasz@example.com' };
    invoice.ticketDescription = `Excès de vitesse — ${'CSR art. 328, '.repeat(12)}`;
    const pdf = await readPdf(await renderInvoicePdf({ invoice }));

    expect(pdf.pageCount).toBe(1);
    expect(pdf.text.split('\n')).toContain(invoice.firm.name);
    expect(pdf.text).toContain('Lukasz ? Wisniewski-Nowak');
    expect(pdf.text).toContain('Ligne d’adresse 5, bureau 104');
    expect(pdf.text).toContain('Ligne d’adresse 6, bureau 105, Montréal (Québec), Ligne d’adresse 7');
    // Every line stays inside the margins (54 pt) and above the footer.
    const isFooter = (item: TextItem) => catalogs.fr['invoice.footer'].includes(item.str);
    const footerTop = Math.max(...pdf.items.filter(isFooter).map((item) => item.transform[5] + item.height));
    for (const item of pdf.items) {
      const [x, y] = [item.transform[4], item.transform[5]];
      expect({ str: item.str, inside: x >= 53.5 && x + item.width <= LETTER.width - 53.5 && y >= 53.5 && y <= LETTER.height - 54 }).toEqual({ str: item.str, inside: true });
      if (!isFooter(item)) expect({ str: item.str, y: y > footerTop }).toEqual({ str: item.str, y: true });
    }
  });

  it('prints a dash for a client whose name was never given', async () => {
    const { text } = await readPdf(await renderInvoicePdf({ invoice: makeTestInvoice({ market: 'on', overrides: { client: { name: null, email: null } } }) }));
    expect(text.split('\n')).toContain('—');
  });
});
