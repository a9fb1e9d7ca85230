import type { JourneyRecord } from './journeys-run-conversation.js';

export interface Distribution {
  n: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

/** Nearest-rank percentiles, in milliseconds rounded to the unit. */
export function describeDistribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]) : null);
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: sorted.length ? Math.round(sorted.at(-1)!) : null };
}

export function summarizeJourneys(records: JourneyRecord[]) {
  const pick = (key: 'ocrMs' | 'analysisMs' | 'quoteMs' | 'photoToQuoteMs' | 'totalMs') => describeDistribution(records.flatMap((r) => (typeof r[key] === 'number' ? [r[key]] : [])));
  const errors: Record<string, number> = {};
  for (const record of records) if (record.error) errors[record.error] = (errors[record.error] ?? 0) + 1;
  return {
    conversations: records.length,
    quoted: records.filter((r) => r.outcome === 'quoted').length,
    quotedWithoutScore: records.filter((r) => r.noScore).length,
    notConfirmable: records.filter((r) => r.outcome === 'not_confirmable').length,
    // Conversations cut short by Ctrl-C are not errors of the service.
    errors: records.filter((r) => r.outcome === 'error' && !r.error?.startsWith('aborted')).length,
    stopped: records.filter((r) => r.error?.startsWith('aborted')).length,
    errorKinds: errors,
    busyNotices: records.reduce((sum, r) => sum + r.busyNotices, 0),
    conversationsTold: records.filter((r) => r.busyNotices > 0).length,
    stages: { ocr: pick('ocrMs'), analysis: pick('analysisMs'), quote: pick('quoteMs'), photoToQuote: pick('photoToQuoteMs'), total: pick('totalMs') },
  };
}

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);

export function renderJourneysTable(summary: ReturnType<typeof summarizeJourneys>): string {
  const rows = [
    ['photo → summary (OCR, queue included)', summary.stages.ocr],
    ['YES → score (analysis)', summary.stages.analysis],
    ['score → quote', summary.stages.quote],
    ['photo → quote (driver waits)', summary.stages.photoToQuote],
    ['session → quote (whole journey)', summary.stages.total],
  ] as const;
  return [
    '| Stage | n | p50 | p90 | p99 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, d]) => `| ${name} | ${d.n} | ${seconds(d.p50)} | ${seconds(d.p90)} | ${seconds(d.p99)} | ${seconds(d.max)} |`),
  ].join('\n');
}
