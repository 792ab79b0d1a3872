import type { ServerResponse } from 'node:http';
import { Server } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.js';
import { problem, problemOf, type Problem } from '../problem.js';
import { callOf, nodeRequestOf, serverMetadata } from './tus-call.js';
import { RedisLocker } from './redis-locker.js';
import { finishTusUpload } from './tus-finish.js';

/** Responses whose error body is problem+json (see markProblemResponses). */
const problemResponses = new WeakSet<ServerResponse>();

export function isProblemResponse(res: ServerResponse): boolean {
  return problemResponses.has(res);
}

/** @tus/server's own errors are `{ status_code, body }` with a line of text. */
function tusProblem(error: unknown): Problem {
  const { status_code: status, body } = (error ?? {}) as { status_code?: number; body?: string };
  if (typeof status === 'number' && typeof body === 'string')
    return problem(
      status,
      body.trim(),
      status === 503 ? 'SERVICE_UNAVAILABLE' : status >= 500 ? 'UPLOAD_STORAGE_FAILED' : 'UPLOAD_PROTOCOL',
    );
  return problemOf(error);
}

/**
 * tus 1.0 at /v1/uploads, writing through the storage's datastore. The routes have already decided
 * who may do what (tus-routes.ts); the hooks name the upload, keep Roster's metadata with it, settle
 * it into an asset on its last byte (answering 200 with the asset's JSON), and turn every error into
 * problem+json.
 */
export function createTusServer(deps: Deps, log: FastifyBaseLogger): Server {
  return new Server({
    path: '/v1/uploads',
    datastore: deps.storage.tusDatastore(),
    // One lock per upload across every API process.
    locker: new RedisLocker(deps.redis),
    relativeLocation: true,
    // Same-origin app: no CORS headers at all.
    allowedOrigins: [],
    // A finished upload is an asset: it is deleted as one, not cancelled.
    disableTerminationForFinishedUploads: true,
    namingFunction: (req) => callOf(req).uploadId,
    onUploadCreate: async (req) => ({ metadata: serverMetadata(callOf(req)) }),
    onUploadFinish: async (req) => {
      const asset = await finishTusUpload(deps, callOf(req), log);
      return {
        status_code: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(asset),
      };
    },
    onResponseError: async (req, error) => {
      const body = tusProblem(error);
      // A client that went away mid-PATCH fails the store's write: that is the resumable case, not a fault.
      const gone = nodeRequestOf(req)?.destroyed === true;
      if (body.status >= 500 && !gone) log.error({ err: error }, 'tus request failed');
      const res = (req as { runtime?: { node?: { res?: ServerResponse } } }).runtime?.node?.res;
      if (res) problemResponses.add(res);
      return { status_code: body.status, body: JSON.stringify(body) };
    },
  });
}
