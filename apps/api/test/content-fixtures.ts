// Content for the tRPC tests: assets uploaded through core's upload use cases (as /v1 does, bytes
// and all, into the harness's storage), and the `content` queue's jobs, to see a purge enqueued.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { beginUpload, completeUpload, loadMembership, memberScope } from '@roster/core';
import { User, forkEm } from '@roster/db';
import type { Harness } from './harness.js';

export interface Upload {
  projectId: string;
  folderId?: string | null;
  name: string;
  bytes?: string | Buffer;
  onConflict?: 'rename' | 'replace' | 'fail';
}

/** A member's scope in their organization, on a fresh EntityManager, as orgProcedure builds it. */
async function scopeOf(h: Harness, userId: string, orgId: string) {
  const em = forkEm(h.db.orm);
  const user = await em.findOneOrFail(User, { id: userId });
  const membership = await loadMembership(em, userId, orgId);
  const actor = { id: user.id, name: user.name, email: user.email, emailVerified: true };
  return memberScope({ em, jobs: h.deps.jobs }, actor, membership);
}

/** Uploads a file as `userId` would through `/v1`: reserve, write the bytes, complete. */
export async function uploadAsset(h: Harness, userId: string, orgId: string, upload: Upload) {
  const bytes = Buffer.from(upload.bytes ?? `the bytes of ${upload.name}`);
  const ticket = await beginUpload(await scopeOf(h, userId, orgId), {
    projectId: upload.projectId,
    folderId: upload.folderId ?? null,
    name: upload.name,
    size: bytes.length,
    ...(upload.onConflict ? { onConflict: upload.onConflict } : {}),
  });
  await h.deps.storage.put(ticket.key, Readable.from([bytes]), { size: bytes.length });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return completeUpload(await scopeOf(h, userId, orgId), ticket, {
    size: bytes.length,
    sha256,
    contentType: 'text/plain',
  });
}

/**
 * The payloads of the `content.purge` jobs waiting on the harness's prefix (no worker runs here):
 * BullMQ keeps each job as a hash `<prefix>:<queue>:<jobId>`, and purge ids start with `purge-`.
 */
export async function purgeJobs(h: Harness): Promise<{ orgId: string }[]> {
  const keys = await h.deps.redis.keys(`${h.prefix}:content:purge-*`);
  const data = await Promise.all(keys.map((key) => h.deps.redis.hget(key, 'data')));
  return data.filter((d): d is string => d !== null).map((d) => JSON.parse(d) as { orgId: string });
}

/** Whether the storage still holds an object at `key`. */
export async function stored(h: Harness, key: string): Promise<boolean> {
  return (await h.deps.storage.head(key)) !== null;
}
