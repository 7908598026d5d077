import pino, { type Logger } from 'pino';

export type { Logger };

/** One JSON logger per service; `name` becomes the `service` field of every line. */
export function createLogger(name: string, level: string): Logger {
  return pino({ level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
