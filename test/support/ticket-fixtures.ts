import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../fixtures/tickets');

export interface TicketFixture {
  bytes: Buffer;
  expected: Record<string, unknown> | null;
}

/** A generated ticket photo or PDF from test/fixtures/tickets with its expected fields. */
export function ticketFixture(file: string): TicketFixture {
  const id = file.replace(/\.(jpg|pdf)$/, '');
  const meta = JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as { expected: Record<string, unknown> | null };
  return { bytes: readFileSync(path.join(DIR, file)), expected: meta.expected };
}
