import type { Language } from '../../../i18n/languages.js';
import { formatMoney } from '../../../i18n/format-money.js';
import { formatCalendarDate } from '../../../i18n/render-ticket-summary.js';
import { translate, type MessageKey, type MessageVars } from '../../../i18n/translate.js';
import { isNewYorkCity } from '../../../tickets/deadlines/is-new-york-city.js';
import { demeritPointsFor } from '../../../tickets/offences/demerit-points-for.js';
import { describeOffence } from '../../../tickets/offences/describe-offence.js';
import type { Ticket } from '../../../tickets/ticket-schema.js';
import type { KnowledgeSearchHit } from '../../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../../retrieval/knowledge-retriever.js';
import { buildCitations } from '../build-citations.js';
import { listCitedIds } from '../list-cited-ids.js';
import type { ContestAnalysis, ContestFactor, LegalOption } from '../contest-analysis-schema.js';
import { renderOfflineDraft } from '../drafts/render-offline-draft.js';
import { BASE_SCORE, OFFLINE_RULES, SCORE_BOUNDS, type RuleContext, type RuleSource } from './offline-rules.js';

export const OFFLINE_RULES_VERSION = 'offline-rules/2026-11-21';
/** The three or four reasons that move the score most are what the driver reads. */
const FACTORS_SHOWN = 4;

export interface AnalyseContestOfflineOptions {
  ticket: Ticket;
  language: Language;
  today: string;
  respondBy: string | null;
  /** What retrieval returned for the case itself. */
  sources: readonly KnowledgeSearchHit[];
  retriever: KnowledgeRetriever;
  missingFields?: string[];
}

export interface OfflineAnalysisResult {
  analysis: ContestAnalysis;
  retrievedChunkIds: string[];
  appliedRules: string[];
}

/**
 * The analysis without a model: explicit rules (offline-rules.ts), each
 * grounded in a chunk that retrieval returns for this case, a score from 50
 * moved by their weights, the options the jurisdiction's procedure gives, the
 * consequences of paying, and the draft from the firm's templates.
 */
export async function analyseContestOffline(options: AnalyseContestOfflineOptions): Promise<OfflineAnalysisResult> {
  const { ticket, language, today, respondBy, sources, retriever } = options;
  const context: RuleContext = { ticket, today, respondBy, missingFields: options.missingFields ?? [] };
  const retrieved = new Map<string, KnowledgeSearchHit>(sources.map((hit) => [hit.chunk.id, hit]));
  const ground = async (query: RuleSource): Promise<string | null> => {
    const hits = await retriever.retrieve({ text: query.query, jurisdiction: ticket.jurisdiction, categories: query.categories, limit: 5 });
    for (const hit of hits) retrieved.set(hit.chunk.id, hit);
    const preferred = query.preferDocumentsMatching ? hits.find((hit) => query.preferDocumentsMatching!.test(hit.chunk.documentId)) : undefined;
    if (query.requirePreferred) return preferred?.chunk.id ?? null;
    return (preferred ?? hits[0])?.chunk.id ?? null;
  };

  const offence = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, language });
  const law = [offence.statuteName, offence.sectionLabel].filter(Boolean).join(', ');
  const factors: (ContestFactor & { rule: string })[] = [];
  for (const rule of OFFLINE_RULES) {
    const finding = rule.applies(context);
    if (!finding) continue;
    // The offence's own rule is cited from the case's sources first.
    const citationId = rule.id === 'burden_of_proof' ? (sources[0]?.chunk.id ?? (await ground(rule.source(context)))) : await ground(rule.source(context));
    if (!citationId) continue;
    const fields = context.missingFields.map((field) => translate(language, `field.${field}` as MessageKey)).join(', ');
    const vars: MessageVars = { offence: offence.title, law, fields, ...finding.vars };
    if (typeof vars.date === 'string') vars.date = formatCalendarDate(language, vars.date, ticket.currency);
    factors.push({
      rule: rule.id,
      label: translate(language, rule.labelKey, vars),
      effect: finding.effect,
      weight: finding.weight,
      explanation: translate(language, rule.explanationKey, vars),
      citationIds: [citationId],
    });
  }

  const raw = factors.reduce((score, f) => score + (f.effect === '+' ? f.weight : -f.weight), BASE_SCORE);
  const score = Math.min(SCORE_BOUNDS.max, Math.max(SCORE_BOUNDS.min, raw));
  const shown = [...factors].sort((a, b) => b.weight - a.weight).slice(0, FACTORS_SHOWN);

  const procedureId = await ground({
    query: 'plea not guilty deadline days to answer trial options pay plaidoyer délai procès',
    categories: [ticket.offenceCategory],
  });
  const pointsId = await ground({
    query: 'demerit points conviction record licence insurance driver responsibility assessment points d inaptitude',
    categories: [ticket.offenceCategory],
  });
  const fallbackId = sources[0]?.chunk.id ?? shown[0]?.citationIds[0];
  // A passed deadline is a factor of its own; the options then show none.
  const legalOptions = optionsFor(ticket, language, respondBy && respondBy >= today ? respondBy : null, procedureId ?? fallbackId!);
  const consequencesId = pointsId ?? fallbackId!;

  const points = ticket.offenceCategory === 'camera' ? 0 : (ticket.demeritPoints ?? demeritPointsFor({ ...ticket, category: ticket.offenceCategory }));
  const summary = [
    ticket.offenceCategory === 'camera'
      ? translate(language, 'analysis.paid.noPoints')
      : points === null
        ? translate(language, 'analysis.paid.pointsUnknown')
        : translate(language, 'analysis.paid.points', { points }),
    ...(ticket.fineCents !== null ? [translate(language, 'analysis.paid.fine', { amount: formatMoney(language, ticket.fineCents, ticket.currency) })] : []),
    ...(ticket.offenceCategory === 'camera' ? [] : [translate(language, 'analysis.paid.insurance')]),
    ...(ticket.jurisdiction === 'NY' && ticket.offenceCategory !== 'camera' ? [translate(language, 'analysis.paid.nyDra')] : []),
  ];

  const body = {
    score,
    factors: shown.map(({ rule: _rule, ...factor }) => factor),
    options: legalOptions,
    consequencesIfPaid: {
      demeritPoints: points,
      fineCents: ticket.fineCents,
      currency: ticket.currency,
      summary,
      citationIds: [consequencesId],
    },
    draft: renderOfflineDraft({ ticket, language, today }),
  };
  const chunks = new Map([...retrieved].map(([id, hit]) => [id, hit.chunk]));
  const analysis: ContestAnalysis = { ...body, citations: buildCitations({ cited: listCitedIds({ analysis: body }), chunks }) };
  return { analysis, retrievedChunkIds: [...retrieved.keys()], appliedRules: factors.map((f) => f.rule) };
}

function optionsFor(ticket: Ticket, language: Language, respondBy: string | null, citationId: string): LegalOption[] {
  const option = (id: string, key: string, deadline: string | null): LegalOption => ({
    id,
    label: translate(language, `analysis.option.${key}.label` as MessageKey),
    explanation: translate(language, `analysis.option.${key}.explanation` as MessageKey),
    deadline,
    citationIds: [citationId],
  });
  const pay = option('pay', 'pay', respondBy);
  if (ticket.jurisdiction === 'QC') return [option('plead_not_guilty', 'qcPleadNotGuilty', respondBy), pay];
  if (ticket.jurisdiction === 'ON') return [option('early_resolution', 'onEarlyResolution', respondBy), option('trial', 'onTrial', respondBy), pay];
  return isNewYorkCity(ticket)
    ? [option('plead_not_guilty', 'nyTvbPleadNotGuilty', respondBy), pay]
    : [option('plead_not_guilty', 'nyCourtPleadNotGuilty', respondBy), pay];
}
