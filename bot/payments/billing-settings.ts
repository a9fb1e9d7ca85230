import type { FirmDetails } from '../../billing/invoices/invoice-document.js';

/** What issuing an invoice needs from the configuration (config.billing). */
export interface BillingSettings {
  firm: FirmDetails;
  /** Invoice years and dates are counted in this time zone (the firm's seat). */
  timeZone: string;
}
