import { randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { PrepareMandateInput } from '../../flows/conversation/conversation-machine.js';
import { translate } from '../../i18n/translate.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { MandateTemplateSet } from '../../signing/mandates/mandate-template.js';
import { fillMandateTemplate } from '../../signing/mandates/fill-mandate-template.js';
import type { PreparedMandate } from '../../signing/mandate-offer.js';
import { renderMandatePdf } from '../../signing/pdf/render-mandate-pdf.js';
import { sha256Hex } from '../../signing/sha256-hex.js';
import type { DocumentStore } from '../../signing/storage/document-store.js';
import { describeOffence } from '../../tickets/offences/describe-offence.js';
import { TIME_ZONE_BY_JURISDICTION, ticketSchema } from '../../tickets/ticket-schema.js';
import { todayInTimeZone } from '../../tickets/today-in-time-zone.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { createLinkToken } from '../payments/random-tokens.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import type { SigningSettings } from './signing-settings.js';

export interface CreateMandateActorOptions {
  prisma: PrismaClient;
  documents: DocumentStore;
  /** The firm's templates, loaded and validated once at start. */
  getTemplates: () => Promise<MandateTemplateSet>;
  settings: SigningSettings;
  publicBaseUrl: string;
  logger: Logger;
  metrics?: Metrics;
  now: () => Date;
}

/**
 * The machine's prepareMandate actor: the jurisdiction's template filled in
 * from the case, rendered to PDF and stored (write-once, under a new id), and
 * a signing link. The request row itself is written by the turn's transaction
 * (recordMandate): a turn that fails leaves only an unreferenced file.
 */
export function createMandateActor(options: CreateMandateActorOptions) {
  const { prisma, documents, settings } = options;
  return fromPromise<PreparedMandate, PrepareMandateInput>(async ({ input }) => {
    try {
      const found = await prisma.case.findUniqueOrThrow({ where: { id: input.caseId }, include: { client: true } });
      const ticket = ticketSchema.parse(found.ticket);
      const { language } = input;
      const offence = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, language });
      const now = options.now();
      const document = fillMandateTemplate({
        templates: await options.getTemplates(),
        facts: {
          jurisdiction: ticket.jurisdiction,
          language,
          clientName: found.client.firstName?.trim() || translate(language, 'mandate.clientFallback'),
          caseNumber: formatCaseNumber(found.number),
          ticketNumber: ticket.ticketNumber,
          offence: [offence.title, `${offence.statuteName} ${offence.sectionLabel}`.trim()].filter(Boolean).join(', '),
          issuedOn: ticket.issuedOn,
          court: ticket.court,
          firm: { name: settings.firm.name, address: settings.firm.addressLines },
          preparedOn: todayInTimeZone(now, TIME_ZONE_BY_JURISDICTION[ticket.jurisdiction]),
        },
      });
      const { pdf, signatureBox } = await renderMandatePdf({ document });
      const signatureRequestId = randomUUID();
      const unsignedFileKey = `signatures/${now.getUTCFullYear()}/${signatureRequestId}/unsigned.pdf`;
      await documents.put({ key: unsignedFileKey, bytes: pdf, contentType: 'application/pdf' });
      const token = createLinkToken();
      return {
        offer: {
          signatureRequestId,
          caseId: input.caseId,
          url: `${options.publicBaseUrl}/sign/${token}`,
          expiresAt: new Date(now.getTime() + settings.linkValidMs).toISOString(),
          reminderInMs: settings.reminderAfterMs,
          expiresInMs: settings.linkValidMs,
        },
        tokenHash: sha256Hex(token),
        jurisdiction: ticket.jurisdiction,
        language,
        templateId: document.templateId,
        templateVersion: document.templateVersion,
        document,
        signatureBox,
        unsignedFileKey,
        documentSha256: sha256Hex(pdf),
      };
    } catch (error) {
      options.logger.error({ err: error, caseId: input.caseId }, 'mandate could not be prepared');
      options.metrics?.errors.inc({ kind: 'mandate' });
      throw error;
    }
  });
}
