import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedTicketSchema } from './expected-ticket-schema.js';
import { generateTicketPdf } from './generate-ticket-pdf.js';
import { generateTicketSample } from './generate-ticket-sample.js';
import { FIXTURE_TODAY, TICKET_FIXTURES } from './write-ticket-fixtures.js';

const directory = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../test/fixtures/tickets');

interface IndexEntry {
  file: string;
  kind: string;
  expected: unknown;
  tickets: unknown[];
}

describe('test/fixtures/tickets', () => {
  it('holds every listed fixture, under 3 MB in all', async () => {
    const index = JSON.parse(await readFile(join(directory, 'index.json'), 'utf8')) as IndexEntry[];
    expect(index).toHaveLength(TICKET_FIXTURES.length);
    let total = 0;
    for (const name of await readdir(directory)) total += (await stat(join(directory, name))).size;
    expect(total).toBeLessThan(3_000_000);
    for (const entry of index) {
      expect((await stat(join(directory, entry.file))).size).toBeGreaterThan(10_000);
      if (entry.expected !== null) expectedTicketSchema.parse(entry.expected);
    }
  });

  it('expects what the generator expects today (regenerate them with write-ticket-fixtures.ts after changing it)', async () => {
    const index = JSON.parse(await readFile(join(directory, 'index.json'), 'utf8')) as IndexEntry[];
    for (const [position, fixture] of TICKET_FIXTURES.entries()) {
      const generated =
        'pdfPages' in fixture
          ? await generateTicketPdf({ ...fixture, today: FIXTURE_TODAY, pages: fixture.pdfPages }).then((pdf) => ({ file: `${pdf.id}.pdf`, expected: pdf.expected, tickets: [pdf.expected] }))
          : await generateTicketSample({ ...fixture, today: FIXTURE_TODAY }).then((sample) => ({ file: `${sample.id}.jpg`, expected: sample.expected, tickets: sample.tickets }));
      expect(index[position]).toMatchObject(generated);
    }
  });
});
