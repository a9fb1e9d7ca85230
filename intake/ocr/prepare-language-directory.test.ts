import { mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLanguageDirectory } from './prepare-language-directory.js';

const require = createRequire(import.meta.url);
const packaged = (lang: string) => join((require(`@tesseract.js-data/${lang}`) as { langPath: string }).langPath, `${lang}.traineddata.gz`);

describe('prepareLanguageDirectory', () => {
  it('puts the packaged French and English data side by side', async () => {
    const directory = await prepareLanguageDirectory({ cacheDir: await mkdtemp(join(tmpdir(), 'lang-dir-')) });
    expect((await readdir(directory)).sort()).toEqual(['eng.traineddata.gz', 'fra.traineddata.gz']);
    for (const lang of ['eng', 'fra']) {
      expect((await stat(join(directory, `${lang}.traineddata.gz`))).size).toBe((await stat(packaged(lang))).size);
    }
  });

  it('gives the same complete directory to many callers at once and leaves no temporary files', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'lang-race-'));
    const directories = await Promise.all(Array.from({ length: 8 }, () => prepareLanguageDirectory({ cacheDir })));
    expect(new Set(directories).size).toBe(1);
    expect((await readdir(directories[0])).sort()).toEqual(['eng.traineddata.gz', 'fra.traineddata.gz']);
  });

  it('replaces a link left dangling by a moved checkout', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'lang-stale-'));
    const directory = await prepareLanguageDirectory({ cacheDir });
    await rm(join(directory, 'eng.traineddata.gz'));
    await symlink(join(cacheDir, 'gone', 'eng.traineddata.gz'), join(directory, 'eng.traineddata.gz'));
    await prepareLanguageDirectory({ cacheDir });
    expect((await stat(join(directory, 'eng.traineddata.gz'))).size).toBe((await stat(packaged('eng'))).size);
  });
});
