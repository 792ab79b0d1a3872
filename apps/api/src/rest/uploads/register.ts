import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.js';
import { rawUploadRouteOptions } from '../openapi-uploads.js';
import { sendProblem } from '../problem.js';
import { rawUploadHandler } from './raw-upload-route.js';
import { registerTusRoutes } from './tus-routes.js';

/**
 * The routes that take file bytes: the raw-body upload and tus resumable uploads. Called inside the
 * `/v1` plugin. Their own encapsulated context takes every content type WITHOUT reading the body
 * (the handlers stream `req.raw` themselves; Fastify's bodyLimit therefore does not apply here:
 * the plan's largest file and the quota do), and marks them `longBody` so the server's request
 * deadline leaves them to their own transfer-rate guard. Their path and query are validated by
 * their schemas as everywhere under /v1; their bodies are only documented (openapi-uploads.ts).
 */
export async function registerUploadRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    uploads.setErrorHandler(answerUploadError);
    uploads.post('/projects/:projectId/assets', rawUploadRouteOptions, rawUploadHandler(deps));
    registerTusRoutes(uploads, deps);
  });
}

/**
 * A failure answered before the body was read whole closes the connection: otherwise Node would
 * read (and throw away) the rest of a body that may be gigabytes, and the client would keep sending.
 */
function answerUploadError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (!req.raw.complete) reply.header('connection', 'close');
  if (req.raw.socket.destroyed) return reply.hijack();
  return sendProblem(reply, error);
}
