import type { PrismaClient } from '../../prisma/generated/client.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { hashDraftText } from '../../reviews/hash-draft-text.js';
import { renderContestationPdf } from '../../reviews/render-contestation-pdf.js';
import { sha256Hex } from '../../signing/sha256-hex.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';

export interface ReadFinalDocumentOptions {
  prisma: PrismaClient;
  firm: { name: string; addressLines: readonly string[] };
  token: string;
}

/**
 * The approved contestation, as a PDF, for the link the driver received.
 * Rendered from the frozen version; a version whose text no longer hashes to
 * what the approval stored is not served (it would not be what was approved).
 */
export async function readFinalDocument({ prisma, firm, token }: ReadFinalDocumentOptions): Promise<{ pdf: Uint8Array; fileName: string } | null> {
  const review = await prisma.lawyerReview.findUnique({
    where: { documentTokenHash: sha256Hex(token) },
    include: { case: { select: { number: true, analyses: { orderBy: { createdAt: 'desc' }, take: 1, select: { result: true } } } } },
  });
  if (!review?.approvedVersion || !review.approvedSha256 || !review.decidedAt) return null;
  const version = await prisma.draftVersion.findUnique({ where: { caseId_version: { caseId: review.caseId, version: review.approvedVersion } } });
  if (!version || hashDraftText(version.text) !== review.approvedSha256) return null;
  const market = marketOf(review.market);
  const draftLanguage = (review.case.analyses[0]?.result as { draft?: { language?: string } } | null)?.draft?.language;
  const language = draftLanguage === 'fr' || draftLanguage === 'en' ? draftLanguage : market === 'qc' ? 'fr' : 'en';
  const caseNumber = formatCaseNumber(review.case.number);
  const pdf = await renderContestationPdf({
    firm: { name: firm.name, address: firm.addressLines },
    caseNumber,
    language,
    text: version.text,
    version: version.version,
    sha256: review.approvedSha256,
    approvedAt: review.decidedAt,
    timeZone: MARKETS[market].timeZone,
    approvedBy: firm.name,
  });
  return { pdf, fileName: `${caseNumber}-v${version.version}.pdf` };
}
