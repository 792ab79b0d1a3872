import { redactLogged } from '@roster/core';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON lines on stdout, one per event, like the API's (Fastify's pino). Jobs carry link
 * tokens: no line may. Fields named like a secret are censored, and errors (whose messages could
 * quote a link or a payload) are redacted. The file mailer's `links` field is the one deliberate
 * exception: without SMTP_URL it shows a developer the links of the emails it wrote to files.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name: 'roster-worker',
      level,
      serializers: { err: (error: Error) => redactLogged(pino.stdSerializers.err(error)) },
      redact: {
        paths: ['token', 'password', 'data', '*.token', '*.password', 'job.data'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
