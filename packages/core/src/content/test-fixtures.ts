// Shared by the content tests: a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgresql),
// Redis under a fresh prefix, and an organization with one member per project role. A test file
// calls useContentDb() once, then seedWorld() per test for fresh rows.
import { randomBytes } from 'node:crypto';
import {
  Membership,
  Organization,
  Project,
  ProjectMember,
  User,
  forkEm,
  type EntityManager,
} from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testRedisUrl } from '@roster/testing/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { DomainError } from '../errors.js';
import { JobQueue } from '../jobs/queue.js';
import type { Scope } from '../scope.js';
import { beginUpload } from './begin-upload.js';
import { completeUpload } from './complete-upload.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the tests build scopes as a transport does
import { createScope } from '../subscribers/create-scope.js';
import { planLimits } from '../vocabulary/limits.js';
import type { Plan } from '../vocabulary/plans.js';
import type { OrgRole, ProjectRole } from '../vocabulary/roles.js';

export let db: TestDatabase;
let redis: Redis;
let prefix: string;
export let jobs: JobQueue;

export function useContentDb(): void {
  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    prefix = `roster-test-content-${randomBytes(4).toString('hex')}`;
    jobs = new JobQueue(redis, prefix);
  });
  afterAll(async () => {
    await jobs?.close();
    const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
    if (keys.length > 0) await redis.del(...keys);
    await redis?.quit();
    await db?.close();
  });
}

export const em = (): EntityManager => forkEm(db.orm);

export type Who = 'owner' | 'admin' | 'manager' | 'contributor' | 'viewer' | 'unassigned' | 'stranger';

export interface World {
  org: { id: string; name: string; plan: Plan; invitationExpiry: '7d' };
  projectId: string;
  /** Another project of the organization, where only owner and admin (and `manager`) act. */
  otherProjectId: string;
  users: Record<Who, { id: string; name: string; role: OrgRole }>;
  /** Another organization, whose owner is `stranger`. */
  otherOrg: { id: string; name: string; plan: Plan; invitationExpiry: '7d'; projectId: string };
}

const projectRoleOf: Partial<Record<Who, ProjectRole>> = {
  manager: 'manager',
  contributor: 'contributor',
  viewer: 'viewer',
};

/** A fresh organization with a member per role, a project (visibility members), another project, another org. */
export async function seedWorld(plan: Plan = 'free'): Promise<World> {
  const e = em();
  const tag = randomBytes(4).toString('hex');
  const org = e.create(Organization, { name: `Org ${tag}`, plan });
  const otherOrg = e.create(Organization, { name: `Other ${tag}`, plan });
  const project = e.create(Project, { organization: org, name: 'Site', visibility: 'members' });
  const otherProject = e.create(Project, { organization: org, name: 'Archive', visibility: 'members' });
  const strangerProject = e.create(Project, {
    organization: otherOrg,
    name: 'Theirs',
    visibility: 'members',
  });
  const orgRoles: Record<Who, OrgRole> = {
    owner: 'owner',
    admin: 'admin',
    manager: 'member',
    contributor: 'member',
    viewer: 'member',
    unassigned: 'member',
    stranger: 'owner',
  };
  const users = {} as World['users'];
  for (const [who, role] of Object.entries(orgRoles) as [Who, OrgRole][]) {
    const user = e.create(User, {
      email: `${who}-${tag}@example.com`,
      name: `${who} ${tag}`,
      passwordHash: 'x',
    });
    e.create(Membership, { organization: who === 'stranger' ? otherOrg : org, user, role });
    const projectRole = projectRoleOf[who];
    if (projectRole) e.create(ProjectMember, { project, organization: org, user, role: projectRole });
    if (who === 'manager')
      e.create(ProjectMember, { project: otherProject, organization: org, user, role: 'manager' });
    users[who] = { id: user.id, name: user.name, role };
  }
  await e.flush();
  const scopeOrg = (o: Organization) => ({ id: o.id, name: o.name, plan, invitationExpiry: '7d' as const });
  return {
    org: scopeOrg(org),
    projectId: project.id,
    otherProjectId: otherProject.id,
    users,
    otherOrg: { ...scopeOrg(otherOrg), projectId: strangerProject.id },
  };
}

/** `who`'s scope in the world's organization (the stranger's: in theirs), on a fresh EntityManager. */
export function scopeOf(world: World, who: Who, now?: Date): Scope {
  const user = world.users[who];
  const org = who === 'stranger' ? world.otherOrg : world.org;
  return createScope({
    em: em(),
    jobs,
    now,
    org: {
      id: org.id,
      name: org.name,
      plan: org.plan,
      invitationExpiry: org.invitationExpiry,
      limits: planLimits[org.plan],
    },
    actor: {
      type: 'member',
      id: user.id,
      name: user.name,
      email: 'x@example.com',
      emailVerified: true,
      role: user.role,
    },
  });
}

export async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`, { cause: error });
  return error.reason;
}

/** An upload without bytes (core never touches them): begin, then complete with the declared size. */
export async function upload(
  scope: Scope,
  input: {
    projectId: string;
    folderId?: string | null;
    name: string;
    size?: number;
    onConflict?: 'rename' | 'replace' | 'fail';
  },
) {
  const ticket = await beginUpload(scope, { size: 10, ...input });
  return completeUpload(scope, ticket, {
    size: ticket.size,
    sha256: 'a'.repeat(64),
    contentType: 'text/plain',
  });
}

/** The organization's storage_bytes as stored. */
export async function usedBytes(orgId: string): Promise<number> {
  return (await em().findOneOrFail(Organization, orgId, { fields: ['storageBytes'] })).storageBytes;
}
