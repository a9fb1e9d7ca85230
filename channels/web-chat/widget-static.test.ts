import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`../../public/${name}`, import.meta.url), 'utf8');
const widget = read('widget.js');
const html = read('index.html');

describe('public/ widget, statically', () => {
  it('widget.js never turns strings into HTML', () => {
    expect(widget).not.toMatch(/\.(innerHTML|outerHTML)\s*\+?=/);
    expect(widget).not.toMatch(/insertAdjacentHTML/);
    expect(widget).not.toMatch(/document\.write/);
    expect(widget).not.toMatch(/\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"](style|on\w+)['"]/);
  });

  it('index.html has no inline script, inline style or inline handler (the CSP forbids them)', () => {
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(body?.trim()).toBe('');
      expect(attributes).toMatch(/\bsrc=/);
    }
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('loads nothing from another origin (no CDN at run time)', () => {
    for (const source of [html, widget, read('widget.css')]) {
      expect(source).not.toMatch(/(src|href)\s*=\s*["'](https?:)?\/\//i);
      expect(source).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    }
  });

  it('widget.js calls only the web chat API', () => {
    const fetchTargets = [...widget.matchAll(/(?:fetch|EventSource)\(\s*([^,)]+)/g)].map((m) => m[1]?.trim());
    expect(fetchTargets.length).toBeGreaterThan(0);
    for (const target of fetchTargets) expect(target).toMatch(/^(API|url)\b/);
    expect(widget).toContain("'/chat/sessions'");
  });

  it('has every UI string in French, English and Spanish', () => {
    const literal = /\/\* strings:start \*\/\s*var STRINGS = ([\s\S]*?);\s*\/\* strings:end \*\//.exec(widget)?.[1];
    expect(literal).toBeDefined();
    // The test's own evaluation of a plain object literal from our own file.
    const strings = new Function(`return (${literal});`)() as Record<string, Record<string, string>>;
    expect(Object.keys(strings).sort()).toEqual(['en', 'es', 'fr']);
    const keys = Object.keys(strings.en!).sort();
    expect(Object.keys(strings.fr!).sort()).toEqual(keys);
    expect(Object.keys(strings.es!).sort()).toEqual(keys);
    for (const language of Object.values(strings)) for (const value of Object.values(language)) expect(value.trim()).not.toBe('');
    const used = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z]+)"/g)].map((m) => m[1]!);
    for (const key of used) expect(keys).toContain(key);
  });
});
