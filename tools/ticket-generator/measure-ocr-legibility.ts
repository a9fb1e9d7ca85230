import { mkdir, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createWorker, OEM } from 'tesseract.js';
import { JURISDICTIONS } from '../../tickets/ticket-schema.js';
import type { Severity } from './choose-photo-defects.js';
import { generateTicketSample } from './generate-ticket-sample.js';

/**
 * How legible generated photos are to plain tesseract (fra+eng, LSTM, no
 * preprocessing): the share of the typed-in values (names, numbers, dates,
 * amounts) found verbatim in the OCR text, and the share of all printed words
 * found. "upright" undoes the picture's quarter turns first, which separates
 * orientation from legibility. A check of the generator, not of the product's
 * reader (that is scripts/eval-intake.ts).
 *
 *   npx tsx tools/ticket-generator/measure-ocr-legibility.ts [--count 3] [--seed 1] [--today 2026-10-20]
 */
async function measureOcrLegibility(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, today: { type: 'string', default: '2026-10-20' } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const worker = await createWorker(['fra', 'eng'], OEM.LSTM_ONLY, { langPath: await languageDirectory(), gzip: true, cacheMethod: 'none' });
  const rows: string[] = ['| Form | Severity | Values found (as sent) | Values found (upright) | Words found (upright) | OCR s/image |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  try {
    for (const jurisdiction of JURISDICTIONS) {
      for (const severity of [0, 1, 2, 3] as Severity[]) {
        let [valuesAsSent, valuesUpright, wordsUpright, seconds] = [0, 0, 0, 0];
        for (let i = 0; i < count; i++) {
          const sample = await generateTicketSample({ seed: seed + i, jurisdiction, severity, today: values.today });
          const started = Date.now();
          const asSent = (await worker.recognize(sample.image)).data.text;
          seconds += (Date.now() - started) / 1000;
          const upright = sample.defects.quarterTurns === 0
            ? asSent
            : (await worker.recognize(await sharp(sample.image).rotate(-90 * sample.defects.quarterTurns).jpeg({ quality: 95 }).toBuffer())).data.text;
          valuesAsSent += share(sample.filledLines, asSent);
          valuesUpright += share(sample.filledLines, upright);
          wordsUpright += share(sample.printedLines.flatMap((line) => line.split(/\s+/)).filter((w) => /[\p{L}\d]{3,}/u.test(w)), upright);
        }
        const pct = (v: number) => `${Math.round((100 * v) / count)} %`;
        rows.push(`| ${jurisdiction} | ${severity} | ${pct(valuesAsSent)} | ${pct(valuesUpright)} | ${pct(wordsUpright)} | ${(seconds / count).toFixed(1)} |`);
        process.stderr.write(`${rows.at(-1)}\n`);
      }
    }
  } finally {
    await worker.terminate();
  }
  console.log(`${count} photos per form and severity, seeds from ${seed}, today ${values.today}\n\n${rows.join('\n')}`);
}

/** The share of `needles` found in `text`, comparing upper-case letters and digits only. */
function share(needles: string[], text: string): number {
  const haystack = fold(text);
  const usable = needles.map(fold).filter((n) => n.length >= 3);
  if (usable.length === 0) return 0;
  return usable.filter((n) => haystack.includes(n)).length / usable.length;
}

function fold(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** tesseract.js takes one langPath: link both languages' data into one directory. */
async function languageDirectory(): Promise<string> {
  const require = createRequire(import.meta.url);
  const directory = join(tmpdir(), 'ticket-generator-tessdata');
  await mkdir(directory, { recursive: true });
  for (const lang of ['eng', 'fra']) {
    const { langPath } = require(`@tesseract.js-data/${lang}`) as { langPath: string };
    await symlink(join(langPath, `${lang}.traineddata.gz`), join(directory, `${lang}.traineddata.gz`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return directory;
}

measureOcrLegibility().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
