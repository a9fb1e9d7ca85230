import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec)));
}

const violations = (files: string[], forbidden: string[]) =>
  files.flatMap((file) => importsOf(file).filter((target) => forbidden.some((f) => target.startsWith(f))).map((target) => `${file} -> ${target}`));

describe('dependencies point inward: channels -> bot -> flows', () => {
  it('flows/ imports neither channels/ nor bot/ nor the database, nor the readers of intake/ (its actors are provided)', () => {
    expect(violations(sourceFiles('flows'), ['channels/', 'bot/', 'prisma/', 'intake/'])).toEqual([]);
  });

  it('flows/ knows of knowledge/ only the analysis outcome type (the analyser is an actor the runtime provides)', () => {
    const allowed = ['knowledge/analysis/contest-analysis-outcome', 'knowledge/analysis/test-support/'];
    const offending = sourceFiles('flows').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('knowledge/') && !allowed.some((a) => target.startsWith(a)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('knowledge/ (corpus, retrieval, analysis) knows nothing of conversations, channels, the runtime, the database schema or the readers', () => {
    const files = sourceFiles('knowledge').filter((f) => !f.endsWith('.test.ts'));
    // Retry-After parsing is shared HTTP plumbing, not a channel's business.
    const found = violations(files, ['channels/', 'bot/', 'prisma/', 'flows/', 'intake/']).filter((v) => !v.endsWith('-> channels/shared/parse-retry-after.js'));
    expect(found).toEqual([]);
  });

  it('tickets/ (the canonical ticket and its rules) is pure: it imports no runtime, reader, channel or database', () => {
    expect(violations(sourceFiles('tickets'), ['channels/', 'bot/', 'prisma/', 'intake/', 'flows/'])).toEqual([]);
  });

  it('billing/ (prices, taxes, invoices, Stripe wire) knows nothing of conversations, channels, the runtime or the database', () => {
    expect(violations(sourceFiles('billing'), ['channels/', 'bot/', 'prisma/', 'flows/', 'intake/', 'knowledge/'])).toEqual([]);
  });

  it('flows/ knows of billing/ only the quote types and test fixtures (pricing is an actor the runtime provides)', () => {
    const allowed = ['billing/quote/quote-offer', 'billing/quote/price-quote', 'billing/quote/test-support/'];
    const offending = sourceFiles('flows').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('billing/') && !allowed.some((a) => target.startsWith(a)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('pdf/ (text that fits a PDF page, shared by invoices and mandates) imports nothing of the project', () => {
    expect(violations(sourceFiles('pdf'), ['channels/', 'bot/', 'prisma/', 'flows/', 'intake/', 'knowledge/', 'billing/', 'signing/', 'i18n/', 'tickets/'])).toEqual([]);
  });

  it('signing/ (mandate templates, PDFs, codes, document stores) knows nothing of conversations, channels, the runtime or the database', () => {
    expect(violations(sourceFiles('signing'), ['channels/', 'bot/', 'prisma/', 'flows/', 'intake/', 'knowledge/'])).toEqual([]);
  });

  it('flows/ knows of signing/ only the mandate offer types and test fixtures (preparing a mandate is an actor)', () => {
    const allowed = ['signing/mandate-offer', 'signing/test-support/'];
    const offending = sourceFiles('flows').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('signing/') && !allowed.some((a) => target.startsWith(a)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('intake/ (the readers) knows nothing of conversations, channels, the runtime or the database', () => {
    expect(violations(sourceFiles('intake'), ['channels/', 'bot/', 'prisma/', 'flows/'])).toEqual([]);
  });

  it('reminders/ (when to remind, quiet hours) is pure: no runtime, channel, database or machine', () => {
    expect(violations(sourceFiles('reminders'), ['channels/', 'bot/', 'prisma/', 'flows/', 'knowledge/'])).toEqual([]);
  });

  it('reviews/ (contestation PDF, draft hash, ticket line) is pure: no runtime, channel, database or machine', () => {
    expect(violations(sourceFiles('reviews'), ['channels/', 'bot/', 'prisma/', 'flows/', 'knowledge/'])).toEqual([]);
  });

  it('bot/ never imports channels/, except its composition root bot/server/', () => {
    const files = sourceFiles('bot').filter((f) => !f.startsWith('bot/server/'));
    expect(violations(files, ['channels/'])).toEqual([]);
  });

  it('channels/ reach bot/ only through its ports, config, logging and HTTP error shape (no business rules)', () => {
    const allowed = ['bot/runtime/ports', 'bot/reviews/review-port', 'bot/config/', 'bot/logging/', 'bot/http/send-json-error', 'flows/markets'];
    const files = sourceFiles('channels');
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('bot/') || target.startsWith('flows/'))
        .filter((target) => !allowed.some((a) => target.startsWith(a)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
