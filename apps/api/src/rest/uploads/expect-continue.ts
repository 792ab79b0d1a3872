import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A client that sent `Expect: 100-continue` (curl does for large bodies) waits for this before
 * sending the body. Called once the upload is accepted (limits and quota checked), so a refused
 * upload costs no bandwidth — provided the server lets the routes answer it (see
 * `answerExpectContinue`; Node's default answers 100 itself before any route runs).
 */
export function continueBody(req: FastifyRequest, reply: FastifyReply): void {
  const res = reply.raw as typeof reply.raw & { _sent100?: boolean };
  if (!/100-continue/i.test(req.headers.expect ?? '') || res._sent100 || res.headersSent) return;
  res.writeContinue();
}

/** The raw upload (POST /v1/projects/:id/assets) and tus's creation and PATCH: they call continueBody. */
const rawUploadPath = /^\/v1\/projects\/[^/]+\/assets\/?$/;
const tusPath = /^\/v1\/uploads(?:\/[^/]+)?\/?$/;

export function takesUploadBody(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split('?', 1)[0] ?? '';
  if (req.method === 'POST') return rawUploadPath.test(path) || tusPath.test(path);
  return req.method === 'PATCH' && tusPath.test(path);
}

/**
 * Node answers `Expect: 100-continue` itself unless the server listens for 'checkContinue'. With
 * this listener the upload routes decide (100 once accepted, or their refusal alone); every other
 * request is told to continue at once, as Node would, and handed on.
 */
export function answerExpectContinue(server: Server): void {
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!takesUploadBody(req)) res.writeContinue();
    server.emit('request', req, res);
  });
}
