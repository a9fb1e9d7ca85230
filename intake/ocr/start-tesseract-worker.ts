import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { OCR_LANGUAGES } from './prepare-language-directory.js';

/**
 * One tesseract.js worker for French and English, LSTM only, reading its
 * language data from `langPath` on disk. cacheMethod 'none' keeps tesseract
 * from writing a second copy of the data into the working directory.
 * `workerPath` exists for tests that run the worker script behind a network
 * blocker.
 */
export async function startTesseractWorker({ langPath, workerPath }: { langPath: string; workerPath?: string }): Promise<Worker> {
  let started = false;
  let failStart: (error: Error) => void = () => undefined;
  // tesseract.js never settles createWorker when loading the language data
  // fails; its error handler is the only sign, so it ends the wait here.
  const startFailed = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  const worker = await Promise.race([
    createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      ...(workerPath ? { workerPath } : {}),
      // Without a handler tesseract.js throws a failed job's error from its
      // message listener, which would end the process; the job's own promise
      // rejects either way.
      errorHandler: (error: unknown) => {
        if (!started) failStart(new Error(`tesseract could not start: ${String(error)}`));
      },
    }),
    startFailed,
  ]);
  started = true;
  await worker.setParameters({
    // "One column of text of varying sizes": on generated ticket photos it read
    // 307 of 513 checked fields where automatic layout read 283, which drops
    // a form's large printed values standing alone in a row.
    tessedit_pageseg_mode: PSM.SINGLE_COLUMN,
    // Our images carry no DPI; without this tesseract warns and guesses 70.
    user_defined_dpi: '300',
    // Sauvola's local threshold, not one Otsu threshold for the page: a
    // camera still, a thumb or a grey box no longer pushes the small print
    // under the line (330 of 513 checked fields read on generated photos, 307 with Otsu).
    thresholding_method: '2',
  } as Parameters<Worker['setParameters']>[0]);
  return worker;
}
