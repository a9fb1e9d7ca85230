/** Tests only. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../bot/logging/create-logger.js';

/** A logger whose lines the test can read. */
export function createCapturingLogger(): { logger: Logger; lines: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines: () => chunks.join('') };
}
