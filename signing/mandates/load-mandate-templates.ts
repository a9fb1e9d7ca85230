import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages.js';
import { MANDATE_JURISDICTIONS } from './mandate-facts.js';
import { MANDATE_PLACEHOLDERS, type MandateTemplate, type MandateTemplateSet, PLACEHOLDER_PATTERN } from './mandate-template.js';

export interface LoadMandateTemplatesOptions {
  /** The firm's own folder (MANDATE_TEMPLATES_DIR); the bundled templates otherwise. */
  directory?: string;
}

const BUNDLED_DIRECTORY = path.join(import.meta.dirname, 'templates');
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n([\s\S]*))?$/;
const FILE_NAME = /^([A-Z]{2})\.([a-z]{2})\.md$/;
const NOT_TEMPLATES = new Set(['readme.md']);

// Strict: a misspelt key ("signaturelabel") is an error, not a silently missing label.
const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,80}$/, 'letters, digits, . _ - only (at most 80)'),
  version: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'a short version such as "2026-11", in quotes'),
  jurisdiction: z.enum(MANDATE_JURISDICTIONS),
  language: z.enum(LANGUAGES),
  title: z.string().trim().min(1).max(200),
  signatureLabel: z.string().trim().min(1).max(120),
  defaultCourt: z.string().trim().min(1).max(300),
});

function templateError(file: string, problems: string[]): Error {
  return new Error(`Mandate template ${file}: ${problems.join('; ')}`);
}

/** Unknown names and stray braces alike: either would reach a client's mandate as "{{…}}". */
function placeholderProblems(field: string, text: string): string[] {
  const problems: string[] = [];
  for (const [, name] of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (!(MANDATE_PLACEHOLDERS as readonly string[]).includes(name!)) {
      problems.push(`${field}: unknown placeholder {{${name}}} (known: ${MANDATE_PLACEHOLDERS.join(', ')})`);
    }
  }
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER_PATTERN, ''))) problems.push(`${field}: unbalanced {{ or }}`);
  return problems;
}

function parseTemplateFile(file: string, text: string): MandateTemplate {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw templateError(file, ['no YAML front matter between --- lines at the top']);
  let raw: unknown;
  try {
    // The core schema keeps 2026-11 a string instead of guessing a date.
    raw = parseYaml(match[1]!, { schema: 'core' });
  } catch (error) {
    throw templateError(file, [`front matter is not valid YAML: ${(error as Error).message}`]);
  }
  const parsed = frontMatterSchema.safeParse(raw ?? {});
  if (!parsed.success) throw templateError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`));
  const paragraphs = (match[2] ?? '')
    .replace(/<!--[\s\S]*?-->/g, '') // the firm's notes to itself
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
  if (paragraphs.length === 0) throw templateError(file, ['no paragraphs after the front matter']);
  const { title, signatureLabel, defaultCourt } = parsed.data;
  const problems = [
    ...placeholderProblems('title', title),
    ...placeholderProblems('signatureLabel', signatureLabel),
    // It is itself the value of {{court}}: nothing would fill a placeholder inside it.
    ...(/\{\{|\}\}/.test(defaultCourt) ? ['defaultCourt: placeholders are not allowed here'] : []),
    ...paragraphs.flatMap((paragraph, index) => placeholderProblems(`paragraph ${index + 1}`, paragraph)),
  ];
  if (problems.length > 0) throw templateError(file, problems);
  return { file, ...parsed.data, paragraphs };
}

/**
 * Reads the nine mandate templates (QC, ON, NY × fr, en, es) once, at start-up.
 * Anything wrong throws with the file and the field: a firm's broken edit must stop
 * the service there, not surface as a half-filled mandate in front of a client.
 */
export async function loadMandateTemplates({ directory = BUNDLED_DIRECTORY }: LoadMandateTemplatesOptions = {}): Promise<MandateTemplateSet> {
  const names = (await readdir(directory)).filter((name) => name.toLowerCase().endsWith('.md') && !NOT_TEMPLATES.has(name.toLowerCase())).sort();
  const found = new Map<string, MandateTemplate>();
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = path.join(directory, name);
    const [, jurisdiction, language] = FILE_NAME.exec(name) ?? [];
    if (!(MANDATE_JURISDICTIONS as readonly string[]).includes(jurisdiction!) || !(LANGUAGES as readonly string[]).includes(language!)) {
      throw templateError(file, [`not a template name: expected <${MANDATE_JURISDICTIONS.join('|')}>.<${LANGUAGES.join('|')}>.md`]);
    }
    const template = parseTemplateFile(file, await readFile(file, 'utf8'));
    if (template.jurisdiction !== jurisdiction) throw templateError(file, [`jurisdiction: "${template.jurisdiction}" does not match the file name`]);
    if (template.language !== language) throw templateError(file, [`language: "${template.language}" does not match the file name`]);
    const other = ids.get(template.id);
    if (other) throw templateError(file, [`id: "${template.id}" is also used by ${other}`]);
    ids.set(template.id, file);
    found.set(name, template);
  }
  const set = {} as MandateTemplateSet;
  for (const jurisdiction of MANDATE_JURISDICTIONS) {
    set[jurisdiction] = {} as MandateTemplateSet[typeof jurisdiction];
    for (const language of LANGUAGES) {
      const template = found.get(`${jurisdiction}.${language}.md`);
      if (!template) throw templateError(path.join(directory, `${jurisdiction}.${language}.md`), ['missing: every jurisdiction needs a template in every language']);
      set[jurisdiction][language] = template;
    }
  }
  return set;
}
