// Content for the worker's tests: an organization with a project, a member scope to upload and
// delete through core's use cases (as the API does), the bytes in a given storage.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import {
  beginUpload,
  completeUpload,
  loadMembership,
  memberScope,
  type JobQueue,
  type Scope,
} from '@roster/core';
import { Blob, Organization, User, forkEm } from '@roster/db';
import type { Storage } from '@roster/storage';
import { seedOrganization, seedProject, seedUser } from '@roster/testing/factories';

export interface ContentWorld {
  orgId: string;
  projectId: string;
  /** The owner's scope on a fresh EntityManager, producing jobs with `jobs`. */
  scope(jobs?: JobQueue): Promise<Scope>;
  /** Uploads a file through core (reserve, bytes to storage, complete); answers the asset and its key. */
  upload(
    name: string,
    options?: { folderId?: string | null; bytes?: string },
  ): Promise<{ id: string; key: string }>;
  storageBytes(): Promise<number>;
}

/** Jobs go nowhere: as if the process died between the commit and the enqueue. */
export const lostJobs = { enqueue: async () => undefined } as unknown as JobQueue;

/** A new organization (team plan) and its owner, with a project visible to all. */
export async function contentWorld(orm: MikroORM, storage: Storage, jobs: JobQueue): Promise<ContentWorld> {
  const owner = await seedUser(orm, { name: 'Content Owner' });
  const org = await seedOrganization(orm, { owner, plan: 'team' });
  return memberWorld(orm, storage, jobs, { userId: owner.id, orgId: org.id });
}

/** A member of an organization (signed up elsewhere), in a new project of it visible to all. */
export async function memberWorld(
  orm: MikroORM,
  storage: Storage,
  jobs: JobQueue,
  who: { userId: string; orgId: string },
): Promise<ContentWorld> {
  const project = await seedProject(orm, { orgId: who.orgId, visibility: 'organization' });
  const org = { id: who.orgId };
  const user = await forkEm(orm).findOneOrFail(User, { id: who.userId });
  const actor = { id: user.id, name: user.name, email: user.email, emailVerified: true };
  const scope = async (producer: JobQueue = jobs) => {
    const em = forkEm(orm);
    const membership = await loadMembership(em, actor.id, org.id);
    return memberScope({ em, jobs: producer }, actor, membership);
  };
  return {
    orgId: org.id,
    projectId: project.id,
    scope,
    async upload(name, options = {}) {
      const bytes = Buffer.from(options.bytes ?? `the bytes of ${name}`);
      const ticket = await beginUpload(await scope(), {
        projectId: project.id,
        folderId: options.folderId ?? null,
        name,
        size: bytes.length,
      });
      await storage.put(ticket.key, Readable.from([bytes]), { size: bytes.length });
      const asset = await completeUpload(await scope(), ticket, {
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        contentType: 'text/plain',
      });
      return { id: asset.id, key: ticket.key };
    },
    async storageBytes() {
      return (await forkEm(orm).findOneOrFail(Organization, { id: org.id })).storageBytes;
    },
  };
}

/** The blob rows of these keys, by state (missing: gone). */
export async function blobStates(orm: MikroORM, keys: string[]): Promise<Record<string, string>> {
  const rows = await forkEm(orm).find(Blob, { key: { $in: keys } });
  return Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.key === k)?.state ?? 'gone']));
}

/** Which of these keys the storage still holds. */
export async function storedKeys(storage: Storage, keys: string[]): Promise<string[]> {
  const held = await Promise.all(keys.map(async (k) => ((await storage.head(k)) ? k : null)));
  return held.filter((k): k is string => k !== null);
}
