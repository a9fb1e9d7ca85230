export interface EscapeCsvCellOptions {
  value: string;
}

// Excel, LibreOffice and Google Sheets run a cell starting with one of these as a formula
// (OWASP "CSV Injection"): a client named "=HYPERLINK(...)" must stay text.
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formula triggers defused with a leading apostrophe, then quoted when it holds a comma, a quote or a line break. */
export function escapeCsvCell({ value }: EscapeCsvCellOptions): string {
  const safe = FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
