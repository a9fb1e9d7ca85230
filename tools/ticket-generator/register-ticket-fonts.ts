import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT = {
  sans: 'T911 Sans',
  sansBold: 'T911 Sans Bold',
  sansItalic: 'T911 Sans Italic',
  mono: 'T911 Mono',
  monoBold: 'T911 Mono Bold',
} as const;
export type FontName = keyof typeof FONT;

let registered = false;

/**
 * Registers the fonts the forms are drawn with, never system fonts (a fresh
 * laptop or a CI image may lack them, and a fallback font would change the
 * bytes). Liberation Sans ships inside pdfjs-dist (a dependency, SIL OFL);
 * DejaVu Sans Mono is committed beside this file with its licence.
 */
export function registerTicketFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const liberation = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
  const here = join(dirname(fileURLToPath(import.meta.url)), 'fonts');
  const files: [string, string][] = [
    [join(liberation, 'LiberationSans-Regular.ttf'), FONT.sans],
    [join(liberation, 'LiberationSans-Bold.ttf'), FONT.sansBold],
    [join(liberation, 'LiberationSans-Italic.ttf'), FONT.sansItalic],
    [join(here, 'DejaVuSansMono.ttf'), FONT.mono],
    [join(here, 'DejaVuSansMono-Bold.ttf'), FONT.monoBold],
  ];
  for (const [file, family] of files) {
    if (!existsSync(file)) throw new Error(`ticket generator font missing: ${file}`);
    if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`ticket generator font not loaded: ${file}`);
  }
  registered = true;
}
