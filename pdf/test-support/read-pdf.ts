import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface PdfPageText {
  items: TextItem[];
  /** Every text item on its own line, no-break spaces read as spaces. */
  text: string;
}

export interface ReadPdf extends PdfPageText {
  pageCount: number;
  info: Record<string, unknown>;
  /** Every page; `items` and `text` above are page 1's. */
  pages: PdfPageText[];
}

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Opens a PDF the way a client's reader would, with pdfjs, and reads every page's text and the document info. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({
    // pdfjs detaches the array it is given.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  }).promise;
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
      pages.push({ items, text: items.map((item) => spaces(item.str)).join('\n') });
    }
    const { info } = await document.getMetadata();
    return { pageCount: document.numPages, info: info as Record<string, unknown>, ...pages[0]!, pages };
  } finally {
    await document.destroy();
  }
}
