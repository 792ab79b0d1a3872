import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A client that sent `Expect: 100-continue` (curl does for large bodies) waits for this before
 * sending the body. Called once the upload is accepted (limits and quota checked), so a refused
 * upload costs no bandwidth — provided the server lets the routes answer it (a `checkContinue`
 * listener; Node's default answers 100 itself before any route runs, and then this does nothing).
 */
export function continueBody(req: FastifyRequest, reply: FastifyReply): void {
  const res = reply.raw as typeof reply.raw & { _sent100?: boolean };
  if (!/100-continue/i.test(req.headers.expect ?? '') || res._sent100 || res.headersSent) return;
  res.writeContinue();
}
