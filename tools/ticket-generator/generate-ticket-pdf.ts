import sharp from 'sharp';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import { assembleImagePdf } from './assemble-image-pdf.js';
import { choosePhotoDefects, type Severity } from './choose-photo-defects.js';
import { FORM_DPI } from './create-form-painter.js';
import { createPrng } from './create-prng.js';
import type { GeneratedCategory } from './describe-offence.js';
import { drawFormBack } from './draw-form-back.js';
import { drawNewYorkTicket } from './draw-new-york-ticket.js';
import { drawOntarioOffenceNotice } from './draw-ontario-offence-notice.js';
import { drawQuebecConstat } from './draw-quebec-constat.js';
import type { ExpectedTicket } from './expected-ticket-schema.js';
import { photographSheets } from './photograph-sheets.js';

export interface TicketPdf {
  id: string;
  pdf: Buffer;
  /** The ticket on page 1. */
  expected: ExpectedTicket;
  /** Strings printed on page 1, then page 2. */
  printedLines: string[];
  pages: 1 | 2;
}

/**
 * A flatbed scan of a ticket saved as a PDF: page 1 the front (a JPEG scan at
 * 150 dpi embedded as an image, no text layer), page 2 (when `pages` is 2)
 * the back with the plea options.
 */
export async function generateTicketPdf({
  seed,
  jurisdiction,
  category,
  severity,
  today,
  pages = 1,
}: {
  seed: number;
  jurisdiction?: Jurisdiction;
  category?: GeneratedCategory;
  severity?: Severity;
  today: string;
  pages?: 1 | 2;
}): Promise<TicketPdf> {
  const root = createPrng(seed, `ticket-pdf:${pages}`);
  const choice = root.fork('choice');
  const form = root.fork('form');
  const scan = root.fork('scan');
  const chosenJurisdiction = jurisdiction ?? choice.pick(['QC', 'ON', 'NY'] as const);
  const chosenCategory = category ?? choice.pick(['speeding', 'red_light', 'handheld_device', 'stop_sign'] as const);
  const chosenSeverity = severity ?? (choice.int(0, 2) as Severity);
  const draw = { QC: drawQuebecConstat, ON: drawOntarioOffenceNotice, NY: drawNewYorkTicket }[chosenJurisdiction];
  const drawn = draw({ prng: form, category: chosenCategory, today });
  const sheets = [drawn.front];
  if (pages === 2) sheets.push(drawFormBack({ prng: form.fork('back'), jurisdiction: chosenJurisdiction, width: drawn.front.width, height: drawn.front.height }));

  const pdfPages = [];
  for (const [index, sheet] of sheets.entries()) {
    const defects = choosePhotoDefects({ prng: scan.fork(`page-${index}`), severity: chosenSeverity, mode: 'scan' });
    const jpeg = await photographSheets({ sheets: [{ canvas: sheet.canvas, dpi: FORM_DPI }], defects, prng: scan.fork(`pixels-${index}`) });
    const { width = 0, height = 0 } = await sharp(jpeg).metadata();
    pdfPages.push({ jpeg, width, height });
  }
  return {
    id: `pdf${pages}-${chosenJurisdiction}-${chosenCategory}-s${chosenSeverity}-${seed}`.replaceAll('_', '-').toLowerCase(),
    pdf: assembleImagePdf({ pages: pdfPages }),
    expected: drawn.expected,
    printedLines: sheets.flatMap((sheet) => sheet.printedLines),
    pages,
  };
}
