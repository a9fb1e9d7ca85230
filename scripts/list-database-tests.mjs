#!/usr/bin/env node
// Prints the test files that reach the database (they import, directly or
// through helpers, bot/db/create-database.ts). CI runs the whole suite on
// PostgreSQL, then only these again on the embedded PGlite: the others do
// not depend on which database is configured, and the machine is slow.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const target = join(root, 'bot/db/create-database.ts');
const roots = ['bot', 'billing', 'signing', 'reviews', 'reminders', 'pdf', 'channels', 'flows', 'i18n', 'intake', 'knowledge', 'tickets', 'tools', 'cli', 'test'];
const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function listTypeScript(directory) {
  return readdirSync(directory).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file) {
  const imports = [];
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    imports.push(resolve(dirname(file), match[1]).replace(/\.js$/, '.ts'));
  }
  return imports;
}

const files = roots.flatMap((folder) => listTypeScript(join(root, folder)));
const reaches = new Map();
function reachesDatabase(file, seen = new Set()) {
  if (file === target) return true;
  if (reaches.has(file)) return reaches.get(file);
  if (seen.has(file)) return false;
  seen.add(file);
  let found = false;
  try {
    found = importsOf(file).some((imported) => reachesDatabase(imported, seen));
  } catch {
    found = false; // not a TypeScript source of ours (JSON, assets)
  }
  reaches.set(file, found);
  return found;
}

const tests = files.filter((file) => file.endsWith('.test.ts') && reachesDatabase(file));
if (tests.length === 0) throw new Error('no test reaches bot/db/create-database.ts: the import scan is broken');
process.stdout.write(tests.map((file) => relative(root, file)).join('\n') + '\n');
