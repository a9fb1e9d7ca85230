import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../bot/logging/create-logger.js';

/** Bolt and the WebClient write whole request bodies in their lines; a line is cut here. */
const LINE_LIMIT = 200;

/**
 * Bolt's logger interface on top of our pino logger, so nothing Slack says goes to the console.
 * Debug is dropped: Bolt logs request and response bodies there ("http request body: …",
 * "ack() call begins (body: …)"). Other lines keep their first string, cut short, and errors
 * go as { err }, which our logger reduces to name, code and frames.
 */
export function createBoltLogger({ logger }: { logger: Logger }): BoltLogger {
  let child = logger.child({ source: 'slack-sdk' });
  const forward =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const text = args.find((arg): arg is string => typeof arg === 'string');
      const message = text ? text.split('\n')[0].slice(0, LINE_LIMIT) : 'slack: sdk message';
      if (err) child[level]({ err }, message);
      else child[level](message);
    };
  return {
    debug: () => {},
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
    // Our level comes from the service's configuration, not from Bolt's defaults.
    setLevel: () => {},
    getLevel: () => {
      const level = logger.level;
      if (level === 'error' || level === 'fatal' || level === 'silent') return LogLevel.ERROR;
      return level === 'warn' ? LogLevel.WARN : LogLevel.INFO;
    },
    setName: (name: string) => {
      child = logger.child({ source: name });
    },
  };
}
