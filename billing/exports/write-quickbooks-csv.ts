import type { InvoiceDocument } from '../invoices/invoice-document.js';
import { describeQuickBooksTax } from './describe-quickbooks-tax.js';
import { escapeCsvCell } from './escape-csv-cell.js';
import { formatCentsAsDecimal } from './format-cents-as-decimal.js';

export interface WriteQuickBooksCsvOptions {
  invoices: InvoiceDocument[];
}

/** QuickBooks Online's invoice import headers (mapped without manual matching), then Currency and Total for reconciliation. See QUICKBOOKS.md. */
const QUICKBOOKS_COLUMNS = [
  'InvoiceNo',
  'Customer',
  'InvoiceDate',
  'DueDate',
  'Terms',
  'Location',
  'Memo',
  'Item(Product/Service)',
  'ItemDescription',
  'ItemQuantity',
  'ItemRate',
  'ItemAmount',
  'Taxable',
  'TaxRate',
  'ItemTaxCode',
  'ItemTaxAmount',
  'Currency',
  'Total',
] as const;

type QuickBooksRow = Record<(typeof QUICKBOOKS_COLUMNS)[number], string>;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** MM/DD/YYYY, QuickBooks' import date format, on the calendar of the invoice's time zone. */
function formatUsDate(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('month')}/${part('day')}/${part('year')}`;
}

/** An invoice whose parts do not add up would import a lie; refuse it by number. */
function checkSums(invoice: InvoiceDocument): void {
  const amounts = [invoice.feeCents, invoice.totalCents, ...invoice.feeLines.map((l) => l.amountCents), ...invoice.taxes.map((t) => t.amountCents)];
  if (!amounts.every((cents) => Number.isSafeInteger(cents) && cents >= 0)) throw new Error(`Invoice ${invoice.number}: amounts must be whole, non-negative cents`);
  const fees = invoice.feeLines.reduce((sum, line) => sum + line.amountCents, 0);
  const taxes = invoice.taxes.reduce((sum, tax) => sum + tax.amountCents, 0);
  if (fees !== invoice.feeCents || invoice.feeCents + taxes !== invoice.totalCents) {
    throw new Error(`Invoice ${invoice.number}: fee lines, taxes and total do not add up`);
  }
}

function toRow(invoice: InvoiceDocument): QuickBooksRow {
  checkSums(invoice);
  const issuedOn = formatUsDate(invoice.issuedAt, invoice.timeZone);
  const fee = formatCentsAsDecimal({ cents: invoice.feeCents });
  const { taxCode, taxRate, taxable } = describeQuickBooksTax({ taxes: invoice.taxes });
  const method = invoice.payment.method === 'card' ? 'card' : 'Interac e-Transfer';
  const urgent = invoice.feeLines.some((line) => line.code === 'urgent') ? '; urgent handling' : '';
  return {
    InvoiceNo: invoice.number,
    Customer: invoice.client.name?.trim() || `Client ${invoice.caseNumber}`,
    InvoiceDate: issuedOn,
    // Paid before it is issued: due the same day.
    DueDate: issuedOn,
    Terms: 'Due on receipt',
    // Left empty: a location must already exist in the company, and most firms keep location tracking off.
    Location: '',
    Memo: `Paid by ${method} on ${formatUsDate(invoice.payment.paidAt, invoice.timeZone)}, ref. ${invoice.payment.reference}`,
    'Item(Product/Service)': 'Traffic ticket defence',
    ItemDescription: `${invoice.ticketDescription}; case ${invoice.caseNumber}${urgent}`,
    ItemQuantity: '1',
    ItemRate: fee,
    ItemAmount: fee,
    Taxable: taxable,
    TaxRate: taxRate,
    ItemTaxCode: taxCode,
    ItemTaxAmount: formatCentsAsDecimal({ cents: invoice.taxes.reduce((sum, tax) => sum + tax.amountCents, 0) }),
    Currency: invoice.currency,
    Total: formatCentsAsDecimal({ cents: invoice.totalCents }),
  };
}

/**
 * Invoices as a QuickBooks Online import file: one row per invoice (the fee as one
 * pre-tax line, its taxes summed), a header row, RFC 4180 quoting, CRLF line ends, and
 * a UTF-8 byte-order mark so Excel opens "Gagné" as written. Write the string as UTF-8.
 */
export function writeQuickBooksCsv({ invoices }: WriteQuickBooksCsvOptions): string {
  const lines = [QUICKBOOKS_COLUMNS.join(','), ...invoices.map(toRow).map((row) => QUICKBOOKS_COLUMNS.map((column) => escapeCsvCell({ value: row[column] })).join(','))];
  return BOM + lines.map((line) => line + CRLF).join('');
}
