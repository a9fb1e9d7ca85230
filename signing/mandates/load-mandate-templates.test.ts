import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.js';
import { loadMandateTemplates } from './load-mandate-templates.js';
import { MANDATE_JURISDICTIONS } from './mandate-facts.js';
import { MANDATE_PLACEHOLDERS, PLACEHOLDER_PATTERN } from './mandate-template.js';

const BUNDLED = path.join(import.meta.dirname, 'templates');
const temporary: string[] = [];

/** A copy of the bundled folder the test may break. */
async function copyOfTemplates(): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'mandate-templates-'));
  temporary.push(directory);
  await cp(BUNDLED, directory, { recursive: true });
  return directory;
}

async function edit(directory: string, name: string, change: (text: string) => string): Promise<void> {
  const file = path.join(directory, name);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('loadMandateTemplates', () => {
  it('loads the nine bundled templates, each in its jurisdiction and language, with only known placeholders', async () => {
    const templates = await loadMandateTemplates();
    const ids = new Set<string>();
    for (const jurisdiction of MANDATE_JURISDICTIONS) {
      for (const language of LANGUAGES) {
        const template = templates[jurisdiction][language];
        expect(template).toMatchObject({ jurisdiction, language, version: '2026-11' });
        expect(template.file).toBe(path.join(BUNDLED, `${jurisdiction}.${language}.md`));
        expect(template.paragraphs.length).toBeGreaterThan(5);
        ids.add(template.id);
        const names = template.paragraphs.flatMap((paragraph) => [...paragraph.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]));
        expect(new Set(names)).toEqual(new Set(MANDATE_PLACEHOLDERS));
        // Every mandate ends with the no-guarantee and e-signature sentences.
        expect(template.paragraphs.some((paragraph) => /garanti|guaranteed|garantiza/.test(paragraph))).toBe(true);
        expect(template.paragraphs.some((paragraph) => /manuscrite|handwritten|manuscrita/.test(paragraph))).toBe(true);
      }
    }
    expect(ids.size).toBe(9);
    expect(templates.QC.fr.title).toBe('Mandat et procuration');
    expect(templates.ON.en.title).toBe('Representation authorization');
    expect(templates.NY.en.title).toBe('Retainer agreement and authorization to appear');
  });

  it('reads a folder given instead of the bundled one, joining the lines of a paragraph', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'QC.fr.md', (text) => text.replace('title: Mandat et procuration', 'title: Procuration du cabinet').replace('Document préparé le', 'Document\npréparé le'));
    const templates = await loadMandateTemplates({ directory });
    expect(templates.QC.fr.title).toBe('Procuration du cabinet');
    expect(templates.QC.fr.file).toBe(path.join(directory, 'QC.fr.md'));
    expect(templates.QC.fr.paragraphs.at(-1)).toBe('Document préparé le {{preparedOn}}.');
  });

  it('refuses a set with a jurisdiction × language missing, naming the file', async () => {
    const directory = await copyOfTemplates();
    await unlink(path.join(directory, 'NY.es.md'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/NY\.es\.md: missing/);
  });

  it('refuses a misspelt or missing front matter field, naming the file and the field', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'ON.fr.md', (text) => text.replace('signatureLabel:', 'signaturelabel:'));
    const error = await loadMandateTemplates({ directory }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(path.join(directory, 'ON.fr.md'));
    expect((error as Error).message).toMatch(/signatureLabel: .*; .*signaturelabel/);
  });

  it('refuses an unquoted version, YAML that does not parse, and a file without front matter', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'QC.en.md', (text) => text.replace('version: "2026-11"', 'version: 2026'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/QC\.en\.md: version:/);
    await edit(directory, 'QC.en.md', (text) => text.replace('version: 2026', 'version: [2026'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/QC\.en\.md: front matter is not valid YAML/);
    await edit(directory, 'QC.en.md', (text) => text.replace(/^---[\s\S]*?\n---\n/, ''));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/QC\.en\.md: no YAML front matter/);
  });

  it('refuses an unknown placeholder or a stray brace, naming the file, the paragraph and the placeholder', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'NY.en.md', (text) => text.replace('{{clientName}}', '{{clientname}}'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/NY\.en\.md: paragraph 1: unknown placeholder \{\{clientname\}\}/);
    await edit(directory, 'NY.en.md', (text) => text.replace('{{clientname}}', '{{clientName}'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/NY\.en\.md: paragraph 1: unbalanced/);
    // In YAML a value opening with { is a mapping: the README tells the firm to quote it.
    await edit(directory, 'NY.en.md', (text) => text.replace('{{clientName}', '{{clientName}}').replace('title: Retainer agreement', 'title: "{{casenumber}} Retainer agreement').replace('to appear\n', 'to appear"\n'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/NY\.en\.md: title: unknown placeholder \{\{casenumber\}\}/);
  });

  it('refuses a placeholder in defaultCourt, which nothing would fill', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'ON.en.md', (text) => text.replace('defaultCourt: the Ontario Court of Justice', 'defaultCourt: the court of {{firmName}}'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/ON\.en\.md: defaultCourt: placeholders are not allowed/);
  });

  it('refuses a file whose name or front matter names another jurisdiction or language', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'ON.es.md', (text) => text.replace('jurisdiction: ON', 'jurisdiction: NY'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/ON\.es\.md: jurisdiction: "NY" does not match/);
    await edit(directory, 'ON.es.md', (text) => text.replace('jurisdiction: NY', 'jurisdiction: ON'));
    await writeFile(path.join(directory, 'QC.de.md'), '---\n---\n');
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/QC\.de\.md: not a template name/);
  });

  it('refuses two files with the same id', async () => {
    const directory = await copyOfTemplates();
    await edit(directory, 'QC.es.md', (text) => text.replace('id: mandato-qc-es', 'id: mandat-qc-fr'));
    await expect(loadMandateTemplates({ directory })).rejects.toThrow(/QC\.fr\.md: id: "mandat-qc-fr" is also used by .*QC\.es\.md|QC\.es\.md: id: "mandat-qc-fr" is also used/);
  });
});
