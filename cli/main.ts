import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../bot/config/load-config.js';
import { renderTicketSummary } from '../i18n/render-ticket-summary.js';
import { isLanguage } from '../i18n/languages.js';
import { createTicketExtractor } from '../intake/create-ticket-extractor.js';
import { sniffTicketFileType } from '../intake/media/sniff-ticket-file-type.js';
import type { IntakeOutcome } from '../tickets/ticket-intake-outcome.js';
import { TIME_ZONE_BY_JURISDICTION, jurisdictionSchema } from '../tickets/ticket-schema.js';
import { todayInTimeZone } from '../tickets/today-in-time-zone.js';
import { createDatabase } from '../bot/db/create-database.js';
import { createLogger } from '../bot/logging/create-logger.js';
import { createConfiguredClaudeReader } from '../bot/server/create-configured-claude-reader.js';
import { createKnowledgeBase } from '../bot/server/create-knowledge-base.js';
import { renderContestAnalysis } from '../i18n/render-contest-analysis.js';
import { renderPriceLines } from '../i18n/render-quote.js';
import { buildQuote } from '../billing/quote/build-quote.js';
import { loadPricingGrid } from '../billing/pricing/load-pricing-grid.js';

const USAGE = `Usage: ticket911 analyze <image-or-text-file> [--json] [--market QC|ON|NY] [--today YYYY-MM-DD] [--lang en|fr|es]

Reads a ticket from a photo (JPEG, PNG, WebP, HEIC), a PDF scan (first page) or a text file
with the ticket's details typed, and prints the structured ticket and its contest analysis
(score, reasons with citations, options, consequences of paying, draft). Offline unless
ANTHROPIC_API_KEY (or OLLAMA_URL) is set: then the model reads and analyses first, the
offline OCR and rules when it fails. The corpus is searched in an in-memory database
(or in Qdrant with KNOWLEDGE_BACKEND=qdrant).`;

type CliError = { code: string; message: string; details?: Record<string, unknown> };

const ERROR_MESSAGES: Record<Exclude<IntakeOutcome['kind'], 'ticket'>, string> = {
  not_a_ticket: 'this does not look like a traffic ticket',
  unreadable: 'the file could not be read as a ticket',
  unsupported_jurisdiction: 'the ticket is from a jurisdiction we do not handle (Quebec, Ontario and New York only)',
  needs_jurisdiction: 'the jurisdiction could not be told: pass --market QC|ON|NY',
};

function print(json: boolean, value: unknown, text: string) {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

/** `ticket911 analyze <file> --json` → `{ "ticket": {...} }`; exit 0 on a ticket, 1 when it is not one, 2 on usage errors. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        market: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  const fail = (error: CliError, exitCode = 1) => {
    print(json, { error }, `Error: ${error.message}`);
    return exitCode;
  };
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, file] = positionals;
  if (command !== 'analyze' || !file) return fail({ code: 'usage', message: USAGE }, 2);
  const market = values.market ? jurisdictionSchema.safeParse(values.market.toUpperCase()) : null;
  if (market && !market.success) return fail({ code: 'usage', message: '--market must be QC, ON or NY' }, 2);
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) return fail({ code: 'usage', message: '--today must be YYYY-MM-DD' }, 2);
  const language = values.lang && isLanguage(values.lang) ? values.lang : 'en';

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return fail({ code: 'file_not_found', message: `cannot read ${file}` });
  }

  const config = loadConfig();
  const extractor = await createTicketExtractor({ claude: createConfiguredClaudeReader(config), maxBytes: config.server.maxUploadBytes });
  try {
    // A file that is not an image or a PDF is the ticket's details, typed.
    const isDocument = sniffTicketFileType({ bytes }) !== null;
    const text = isDocument ? null : bytes.toString('utf8');
    if (!isDocument && (text!.includes('\uFFFD') || text!.includes('\u0000'))) {
      return fail({ code: 'unreadable', message: 'the file is neither an image, a PDF nor text', details: { reason: 'unsupported_type' } });
    }
    const outcome = await extractor.extract(
      { files: isDocument ? [{ bytes }] : [], text },
      { marketHint: market?.success ? market.data : null, today: values.today },
    );
    if (outcome.kind !== 'ticket') {
      const details: Record<string, unknown> =
        outcome.kind === 'unreadable' ? { reason: outcome.reason } : outcome.kind === 'unsupported_jurisdiction' ? { place: outcome.place } : {};
      return fail({ code: outcome.kind, message: ERROR_MESSAGES[outcome.kind], details });
    }
    if (!outcome.ticket) {
      return fail({ code: 'incomplete', message: `could not read: ${outcome.missing.join(', ')}`, details: { missing: outcome.missing, read: outcome.draft } });
    }
    const analysis = await analyse({
      config,
      ticket: outcome.ticket,
      language,
      today: values.today ?? todayInTimeZone(new Date(), TIME_ZONE_BY_JURISDICTION[outcome.ticket.jurisdiction]),
      respondBy: outcome.deadline?.respondBy ?? null,
      missingFields: outcome.missing,
    });
    const quote = buildQuote({
      grid: await loadPricingGrid({ file: config.billing.pricingGridFile }),
      ticket: outcome.ticket,
      deadline: outcome.deadline ?? { daysLeft: null, past: false },
    });
    print(
      json,
      {
        ticket: outcome.ticket,
        intake: { source: outcome.source, missing: outcome.missing, deadline: outcome.deadline, additionalTickets: outcome.additionalTickets },
        analysis,
        // The contract's shape: integer cents, each rate as an exact decimal string.
        quote: {
          currency: quote.currency,
          feeCents: quote.feeCents,
          taxes: quote.taxes.map(({ name, rate, amountCents }) => ({ name, rate, amountCents })),
          totalCents: quote.totalCents,
        },
      },
      [renderTicketSummary(language, outcome), ...renderContestAnalysis({ language, outcome: analysis, caseNumber: '—' }), renderPriceLines(language, quote).join('\n')].join('\n\n'),
    );
    return 0;
  } finally {
    await extractor.close();
  }
}

type AnalyseOptions = Parameters<Awaited<ReturnType<typeof createKnowledgeBase>>['analyser']['analyse']>[0] & { config: ReturnType<typeof loadConfig> };

/** The corpus in a throwaway in-memory database (the CLI never touches the service's), or Qdrant when configured. */
async function analyse({ config, ...request }: AnalyseOptions) {
  const db = await createDatabase({ pgliteDataDir: 'memory://' });
  try {
    const knowledge = await createKnowledgeBase({ config, prisma: db.prisma, logger: createLogger({ level: 'silent' }) });
    await knowledge.ingest();
    return await knowledge.analyser.analyse(request);
  } finally {
    await db.close();
  }
}
