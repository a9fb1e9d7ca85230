import pino, { type DestinationStream, type Logger } from 'pino';
import { maskPersonalData, maskString } from './mask-personal-data.js';

export type { Logger };

export interface CreateLoggerOptions {
  level: string;
  /** Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service: 'ticket911' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Runs before pino's serializers: errors anywhere in the object go through serializeError here.
        log: (object) => maskPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        // Messages are masked too: a phone number interpolated into a message string never leaves.
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? maskString(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
