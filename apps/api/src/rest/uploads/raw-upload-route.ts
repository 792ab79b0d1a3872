import { beginUpload, beginUploadInput, completeUpload } from '@roster/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Deps } from '../../deps.js';
import { attributeUsage, countUpload } from '../metering.js';
import type { projectParams, rawUploadQuery } from '../params.js';
import { projectScope } from '../resource-org.js';
import { declaredLength } from './declared-length.js';
import { continueBody } from './expect-continue.js';
import { bodyLengthProblem } from './length-guard.js';
import { receiveBody } from './receive-body.js';
import { abandon } from './settle.js';

/** Path and query as the route's schemas left them (see openapi-uploads.ts). */
interface RawUploadRequest {
  Params: z.output<typeof projectParams>;
  Querystring: z.output<typeof rawUploadQuery>;
}

/**
 * `POST /v1/projects/:projectId/assets?name=&folderId=&onConflict=` with the file as the raw body.
 * The declared length is checked against the plan and reserved in the quota before a byte is read;
 * then the body streams to storage; a body that is not exactly that length keeps nothing.
 */
export function rawUploadHandler(deps: Deps) {
  return async (req: FastifyRequest<RawUploadRequest>, reply: FastifyReply) => {
    const { projectId } = req.params;
    const { folderId = null, ...query } = req.query;
    const size = declaredLength(req.headers);
    const scope = await projectScope(req, reply, deps, projectId);
    // Usage: the body's bytes (counted as they arrive, see rest/metering.ts) are this project's.
    attributeUsage(req, scope.org.id, projectId);
    const input = beginUploadInput.parse({ ...query, projectId, folderId, size });
    const ticket = await beginUpload(scope, input);
    continueBody(req, reply);
    let inspection;
    try {
      inspection = await receiveBody(req.raw, deps.storage, ticket.key, size);
      // Bytes past the declared length are parsed by Node as a next request: when it fails on them,
      // the connection is gone before we answer. That body was longer than it said.
      if (req.raw.socket.destroyed || !req.raw.socket.writable) throw bodyLengthProblem(size, size + 1);
    } catch (error) {
      await abandon(deps, scope.em, ticket, req.log);
      throw error;
    }
    try {
      const asset = await completeUpload(scope, ticket, inspection);
      countUpload(req.usage, asset.size);
      return await reply.code(201).send(asset);
    } catch (error) {
      await abandon(deps, scope.em, ticket, req.log);
      throw error;
    }
  };
}
