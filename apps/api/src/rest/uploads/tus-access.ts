import { DomainError, type ConflictPolicy } from '@roster/core';
import { Blob } from '@roster/db';
import type { DataStore } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.js';
import { authenticate, principalId, scopeFor } from '../auth.js';
import type { TusCall } from './tus-call.js';

/** The upload ids @tus/server names (Uid.rand: 32 hex characters). */
export const uploadIdPattern = /^[0-9a-f]{32}$/;

const uploadNotFound = () =>
  new DomainError('UPLOAD_NOT_FOUND', 'This upload does not exist, has finished or was cancelled.');

/**
 * A request on an upload in progress (HEAD/PATCH/DELETE /v1/uploads/:id): only who created it —
 * the person, still a member of its organization, or the API key — while it is still uploading.
 * Anyone else — and an id that does not exist — gets the same 404.
 */
export async function prepareAccess(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  datastore: DataStore,
  uploadId: string,
): Promise<TusCall> {
  const principal = await authenticate(req, reply, deps);
  const owner = principalId(principal);
  if (!uploadIdPattern.test(uploadId)) throw uploadNotFound();
  const blob = await principal.em.findOne(Blob, { uploadId, state: 'uploading' });
  const upload = blob && (await datastore.getUpload(uploadId).catch(() => null));
  const meta = upload?.metadata ?? {};
  if (!blob || !upload || meta.userId !== owner) throw uploadNotFound();
  const scope = await scopeFor(principal, blob.organization.id, deps, uploadNotFound);
  principal.usage.projectId = meta.projectId ?? null;
  const ticket = {
    blobId: blob.id,
    key: blob.key,
    orgId: blob.organization.id,
    projectId: meta.projectId!,
    folderId: meta.folderId ?? null,
    name: meta.name!,
    size: blob.size,
    onConflict: (meta.onConflict ?? 'rename') as ConflictPolicy,
  };
  return { uploadId, userId: owner, scope, ticket, usage: principal.usage };
}
