import { beginUpload, beginUploadInput, conflictPolicies } from '@roster/core';
import { Metadata, Uid } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { folderRef } from '../params.js';
import { ProblemError, problem } from '../problem.js';
import { projectScope } from '../resource-org.js';
import type { TusCall } from './tus-call.js';

const tusMetadata = z.object({
  projectId: z.uuid({ error: 'Upload-Metadata needs projectId (a project id).' }),
  folderId: folderRef().nullish(),
  name: z.string({ error: 'Upload-Metadata needs name.' }),
  onConflict: z.enum(conflictPolicies, { error: 'onConflict is rename, replace or fail.' }).nullish(),
});

function badRequest(detail: string): ProblemError {
  return new ProblemError(problem(400, detail, 'INVALID_INPUT'));
}

/** The size of a tus creation: `Upload-Length` is required (a deferred length could not be reserved). */
function uploadLength(req: FastifyRequest): number {
  const header = req.headers['upload-length'];
  if (typeof header !== 'string' || !/^\d{1,16}$/.test(header))
    throw badRequest('Send Upload-Length with the size of the file (deferred lengths are not supported).');
  const size = Number(header);
  if (!Number.isSafeInteger(size)) throw badRequest('Upload-Length is not a valid size.');
  return size;
}

function metadataOf(req: FastifyRequest): z.infer<typeof tusMetadata> {
  const header = req.headers['upload-metadata'];
  let parsed: Record<string, string | null | undefined>;
  try {
    parsed = Metadata.parse(typeof header === 'string' ? header : undefined) ?? {};
  } catch {
    throw badRequest('Upload-Metadata is not valid (comma-separated "key base64value" pairs).');
  }
  return tusMetadata.parse(parsed);
}

/**
 * A tus creation (`POST /v1/uploads`), before @tus/server sees it: the caller, the project, the
 * plan's largest file and the quota; space is reserved under a fresh upload id whose storage key
 * the blob row names from the start (the sweep and purge find the bytes by it).
 */
export async function prepareCreation(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
): Promise<TusCall> {
  const size = uploadLength(req);
  const meta = metadataOf(req);
  const scope = await projectScope(req, reply, deps, meta.projectId);
  const uploadId = Uid.rand();
  const input = beginUploadInput.parse({
    projectId: meta.projectId,
    folderId: meta.folderId ?? null,
    name: meta.name,
    size,
    ...(meta.onConflict ? { onConflict: meta.onConflict } : {}),
    uploadId,
  });
  const ticket = await beginUpload(scope, input, { key: deps.storage.tusKeys(uploadId).bytes });
  return { uploadId, userId: scope.actor.id, scope, ticket, usage: req.usage };
}
