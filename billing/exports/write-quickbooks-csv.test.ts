import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeTestInvoice } from '../invoices/test-support/make-test-invoice.js';
import { writeQuickBooksCsv } from './write-quickbooks-csv.js';

const HEADER = [
  'InvoiceNo', 'Customer', 'InvoiceDate', 'DueDate', 'Terms', 'Location', 'Memo', 'Item(Product/Service)', 'ItemDescription',
  'ItemQuantity', 'ItemRate', 'ItemAmount', 'Taxable', 'TaxRate', 'ItemTaxCode', 'ItemTaxAmount', 'Currency', 'Total',
];

// Quebec: a name with a comma, quotes and a leading "=" (formula injection); Ontario: a line break
// in the name; New York: no name and a ten-million-dollar fee, past where floats still look exact.
const invoices = [
  makeTestInvoice({ market: 'qc', overrides: { client: { name: '=Gagné, Françoise "Fanny"', email: null } } }),
  makeTestInvoice({ market: 'on', overrides: { client: { name: "Jane\nO'Neil", email: null } } }),
  makeTestInvoice({
    market: 'ny',
    overrides: { client: { name: null, email: null }, feeLines: [{ code: 'base', amountCents: 1_000_000_000 }], feeCents: 1_000_000_000, totalCents: 1_000_000_000 },
  }),
];

const EXPECTED_ROWS = [
  {
    InvoiceNo: '2026-000042',
    Customer: `'=Gagné, Françoise "Fanny"`,
    InvoiceDate: '03/04/2026',
    DueDate: '03/04/2026',
    Terms: 'Due on receipt',
    Location: '',
    Memo: 'Paid by card on 03/04/2026, ref. pi_3PqTest000042',
    'Item(Product/Service)': 'Traffic ticket defence',
    ItemDescription: 'Excès de vitesse — CSR art. 328; case T911-000123; urgent handling',
    ItemQuantity: '1',
    ItemRate: '200.00',
    ItemAmount: '200.00',
    Taxable: 'Y',
    TaxRate: '14.975%',
    ItemTaxCode: 'GST/QST QC',
    ItemTaxAmount: '29.95',
    Currency: 'CAD',
    Total: '229.95',
  },
  {
    InvoiceNo: '2026-000043',
    Customer: "Jane\nO'Neil",
    InvoiceDate: '03/04/2026',
    DueDate: '03/04/2026',
    Terms: 'Due on receipt',
    Location: '',
    Memo: 'Paid by Interac e-Transfer on 03/04/2026, ref. CA1xYz7Q',
    'Item(Product/Service)': 'Traffic ticket defence',
    ItemDescription: 'Speeding — HTA s. 128; case T911-000124',
    ItemQuantity: '1',
    ItemRate: '175.50',
    ItemAmount: '175.50',
    Taxable: 'Y',
    TaxRate: '13%',
    ItemTaxCode: 'HST ON',
    ItemTaxAmount: '22.82',
    Currency: 'CAD',
    Total: '198.32',
  },
  {
    InvoiceNo: '2026-000044',
    Customer: 'Client T911-000125',
    InvoiceDate: '03/04/2026',
    DueDate: '03/04/2026',
    Terms: 'Due on receipt',
    Location: '',
    Memo: 'Paid by card on 03/04/2026, ref. pi_3PqTest000044',
    'Item(Product/Service)': 'Traffic ticket defence',
    ItemDescription: 'Exceso de velocidad — VTL § 1180(d); case T911-000125',
    ItemQuantity: '1',
    ItemRate: '10000000.00',
    ItemAmount: '10000000.00',
    Taxable: 'N',
    TaxRate: '0%',
    ItemTaxCode: 'Exempt',
    ItemTaxAmount: '0.00',
    Currency: 'USD',
    Total: '10000000.00',
  },
];

/** "1234.56" back to cents without floats. */
const toCents = (amount: string) => {
  expect(amount).toMatch(/^\d+\.\d{2}$/);
  return BigInt(amount.replace('.', ''));
};

describe('writeQuickBooksCsv', () => {
  const csv = writeQuickBooksCsv({ invoices });

  it('writes a UTF-8 BOM, then the header row in QuickBooks order', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(HEADER.join(','));
    expect(parse(csv, { bom: true, to: 1 })).toEqual([HEADER]);
  });

  it('writes one row per invoice that reads back cell for cell', () => {
    expect(parse(csv, { bom: true, columns: true })).toEqual(EXPECTED_ROWS);
  });

  it('ends every record with CRLF, a line break inside a quoted name included', () => {
    // Strict CRLF parsing: a record ended by a bare LF would run into the next one and break the column count.
    expect(parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' })).toEqual(EXPECTED_ROWS);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/\n/g)).toHaveLength(4);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/\r\n/g)).toHaveLength(4);
  });

  it('quotes by RFC 4180 and defuses a leading "=" with an apostrophe', () => {
    expect(csv).toContain(`,"'=Gagné, Françoise ""Fanny""",`);
    expect(csv).toContain(`,"Jane\nO'Neil",`);
  });

  it('has amounts that add up to the cent: fee + taxes = total, each row and in sum', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      expect(toCents(row.ItemRate)).toBe(toCents(row.ItemAmount));
      expect(toCents(row.ItemAmount) + toCents(row.ItemTaxAmount)).toBe(toCents(row.Total));
    }
    const sum = (column: string) => rows.reduce((total, row) => total + toCents(row[column]), 0n);
    const expected = (cents: (invoice: (typeof invoices)[number]) => number) => BigInt(invoices.reduce((total, invoice) => total + cents(invoice), 0));
    expect(sum('ItemAmount')).toBe(expected((invoice) => invoice.feeCents));
    expect(sum('ItemTaxAmount')).toBe(expected((invoice) => invoice.taxes.reduce((t, tax) => t + tax.amountCents, 0)));
    expect(sum('Total')).toBe(1_000_042_827n);
  });

  it('dates each invoice on the calendar of its own time zone', () => {
    const lateInToronto = makeTestInvoice({ market: 'on', overrides: { issuedAt: '2026-12-31T23:30:00.000Z', payment: { method: 'card', reference: 'pi_x', paidAt: '2027-01-01T04:59:00.000Z' } } });
    const [row] = parse(writeQuickBooksCsv({ invoices: [lateInToronto] }), { bom: true, columns: true }) as Record<string, string>[];
    expect(row.InvoiceDate).toBe('12/31/2026');
    expect(row.Memo).toBe('Paid by card on 12/31/2026, ref. pi_x');
  });

  it('writes only the header for no invoices', () => {
    expect(writeQuickBooksCsv({ invoices: [] })).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });

  it('refuses an invoice whose lines, taxes and total do not add up, or whose cents are not whole', () => {
    const qc = makeTestInvoice({ market: 'qc' });
    expect(() => writeQuickBooksCsv({ invoices: [{ ...qc, totalCents: qc.totalCents + 1 }] })).toThrow(/2026-000042.*do not add up/);
    expect(() => writeQuickBooksCsv({ invoices: [{ ...qc, feeCents: 19999 }] })).toThrow(/do not add up/);
    expect(() => writeQuickBooksCsv({ invoices: [{ ...qc, taxes: [{ name: 'GST', rate: '5', amountCents: 999.5 }] }] })).toThrow(/whole/);
  });

  it('refuses taxes it has no QuickBooks code for rather than booking them under a wrong one', () => {
    const nova = makeTestInvoice({ market: 'on', overrides: { taxes: [{ name: 'HST', rate: '15', amountCents: 2633 }], totalCents: 20183 } });
    expect(() => writeQuickBooksCsv({ invoices: [nova] })).toThrow(/No QuickBooks tax code for "HST 15"/);
  });
});
