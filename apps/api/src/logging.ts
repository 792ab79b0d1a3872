import { redactLogged, redactUrl } from '@roster/core';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { pino } from 'pino';

type LoggerSetting = FastifyServerOptions['logger'];

/**
 * What the request log writes about a request: Fastify's own fields, with the URL's secrets
 * replaced (`/invite/[redacted]`, `invitation.preview?input={"token":"[redacted]"}`).
 */
function requestEntry(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Errors as pino writes them, less any secret their message, stack or fields quote. */
function errorEntry(error: Error) {
  return redactLogged(pino.stdSerializers.err(error));
}

/**
 * The API's logger settings with secrets kept out of every line: the given ones (level, stream),
 * plus serializers for requests and errors and pino's `redact` for fields named like a secret.
 * `false` stays false (no logger).
 */
export function redactingLogger(setting: LoggerSetting): LoggerSetting {
  if (!setting) return false;
  const base = setting === true ? {} : setting;
  return {
    ...base,
    serializers: { ...base.serializers, req: requestEntry, err: errorEntry },
    redact: {
      paths: ['token', 'password', 'inviteToken', 'input', '*.token', '*.password', '*.inviteToken'],
      censor: '[redacted]',
    },
  };
}
