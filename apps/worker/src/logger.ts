import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON lines on stdout, one per event, like the API's (Fastify's pino). */
export function createLogger(level: string): Logger {
  return pino({ name: 'roster-worker', level });
}
