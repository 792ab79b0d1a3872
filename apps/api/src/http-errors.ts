import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem, problemContentType } from './rest/problem.js';

const codeByStatus: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'BAD_REQUEST',
};

/** An error body shaped like tRPC's, for failures that happen before tRPC sees the request. */
export function errorBody(status: number, message: string) {
  const code = codeByStatus[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  return { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status } } };
}

/** Fastify's own rejections (no JSON content type, body too large…) answered in tRPC's shape. */
export function handleHttpError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error({ err: error }, 'request failed');
  const message =
    status === 415
      ? 'Send the input as JSON (Content-Type: application/json).'
      : status === 500
        ? 'Something went wrong on our side. Try again.'
        : error.message;
  return reply.code(status).send(errorBody(status, message));
}

const clientErrors = {
  400: { reason: 'Bad Request', message: 'Malformed request.' },
  408: { reason: 'Request Timeout', message: 'The request took too long to arrive.' },
  431: { reason: 'Request Header Fields Too Large', message: 'The request headers are too large.' },
} as const;

/** What /v1 says instead of "Malformed request." when the cause is known. */
const restDetails: Record<string, string> = {
  HPE_INVALID_EOF_STATE: 'The request ended before its whole body arrived (shorter than its Content-Length).',
};

/**
 * The path the failed request named: its response's request once Node has parsed the head (a body
 * cut short, a timeout), else the request line of the bytes that failed to parse (headers too large).
 */
function requestPath(error: Error & { rawPacket?: unknown }, socket: Socket): string {
  const req = (socket as Socket & { _httpMessage?: { req?: IncomingMessage } })._httpMessage?.req;
  if (req?.url) return req.url;
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.subarray(0, 2048).toString('latin1') : '';
  return /^[A-Z]+ (\S+) HTTP\//.exec(raw)?.[1] ?? '';
}

const isRestPath = (path: string) => path === '/v1' || /^\/v1[/?]/.test(path);

/**
 * Requests Node's HTTP server refuses before Fastify sees them (headers over 16 KiB, a request not
 * received within the timeouts, malformed ones, a body cut short): answered in the shape of the API
 * they were for (problem+json under /v1, tRPC's elsewhere), then the connection is closed.
 */
export function handleClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
  if (!socket.writable) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const { reason, message } = clientErrors[status];
  const rest = isRestPath(requestPath(error, socket));
  const body = JSON.stringify(
    rest ? problem(status, restDetails[error.code ?? ''] ?? message) : errorBody(status, message),
  );
  const type = rest ? problemContentType : 'application/json';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      `Content-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
