import type { InvoiceDocument } from '../invoice-document.js';

export type TestMarket = 'qc' | 'on' | 'ny';

export interface MakeTestInvoiceOptions {
  market: TestMarket;
  overrides?: Partial<InvoiceDocument>;
}

const FIRM = {
  name: 'Ticket911 Avocats inc.',
  addressLines: ['1000, rue Sherbrooke Ouest, bureau 2200', 'Montréal (Québec) H3A 3G4'],
  email: 'factures@ticket911.example',
  phone: '+1 514 555-0199',
};

/**
 * One invoice per market, as the issuer would freeze it: Quebec in French with GST + QST and
 * an urgent surcharge, Ontario in English with HST, New York in Spanish in USD with no tax.
 * 03:30 UTC is still the previous evening in all three time zones: dates must not shift.
 */
const MARKETS: Record<TestMarket, InvoiceDocument> = {
  qc: {
    number: '2026-000042',
    issuedAt: '2026-03-05T03:30:00.000Z',
    timeZone: 'America/Montreal',
    language: 'fr',
    firm: { ...FIRM, taxRegistrations: [{ name: 'GST', number: '123456789 RT0001' }, { name: 'QST', number: '1234567890 TQ0001' }] },
    client: { name: 'Françoise Gagné', email: 'f.gagne@example.com' },
    caseNumber: 'T911-000123',
    ticketDescription: 'Excès de vitesse — CSR art. 328',
    currency: 'CAD',
    feeLines: [{ code: 'base', amountCents: 15000 }, { code: 'urgent', amountCents: 5000 }],
    feeCents: 20000,
    taxes: [{ name: 'GST', rate: '5', amountCents: 1000 }, { name: 'QST', rate: '9.975', amountCents: 1995 }],
    totalCents: 22995,
    payment: { method: 'card', reference: 'pi_3PqTest000042', paidAt: '2026-03-05T03:29:12.000Z' },
  },
  on: {
    number: '2026-000043',
    issuedAt: '2026-03-05T03:30:00.000Z',
    timeZone: 'America/Toronto',
    language: 'en',
    firm: { ...FIRM, addressLines: ['100 King Street West, Suite 5600', 'Toronto, ON M5X 1C9'], taxRegistrations: [{ name: 'HST', number: '123456789 RT0001' }] },
    client: { name: "Jane O'Neil", email: null },
    caseNumber: 'T911-000124',
    ticketDescription: 'Speeding — HTA s. 128',
    currency: 'CAD',
    feeLines: [{ code: 'base', amountCents: 17550 }],
    feeCents: 17550,
    taxes: [{ name: 'HST', rate: '13', amountCents: 2282 }],
    totalCents: 19832,
    payment: { method: 'interac', reference: 'CA1xYz7Q', paidAt: '2026-03-04T20:00:00.000Z' },
  },
  ny: {
    number: '2026-000044',
    issuedAt: '2026-03-05T03:30:00.000Z',
    timeZone: 'America/New_York',
    language: 'es',
    firm: { ...FIRM, addressLines: ['1 Liberty Plaza, 23rd Floor', 'New York, NY 10006'], phone: '+1 212 555-0142', taxRegistrations: [] },
    client: { name: 'Martín Ñúñez', email: 'martin@example.com' },
    caseNumber: 'T911-000125',
    ticketDescription: 'Exceso de velocidad — VTL § 1180(d)',
    currency: 'USD',
    feeLines: [{ code: 'base', amountCents: 125000 }],
    feeCents: 125000,
    taxes: [],
    totalCents: 125000,
    payment: { method: 'card', reference: 'pi_3PqTest000044', paidAt: '2026-03-05T03:00:00.000Z' },
  },
};

export function makeTestInvoice({ market, overrides = {} }: MakeTestInvoiceOptions): InvoiceDocument {
  return structuredClone({ ...MARKETS[market], ...overrides });
}
