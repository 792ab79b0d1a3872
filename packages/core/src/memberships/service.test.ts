import { randomBytes } from 'node:crypto';
import { Event, Membership, Organization, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { JobQueue } from '../jobs/queue.js';
import { loadMembership } from '../organizations/access.js';
import type { Scope } from '../scope.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the test builds the scope as a transport does
import { memberScope } from '../subscribers/create-scope.js';
import { leaveOrganization, removeMember, transferOwnership } from './service.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, `roster-test-memberships-${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await jobs?.close();
  await redis?.quit();
  await db?.close();
});

let n = 0;
/** Users and organizations written directly: `roles[i]` is the role of user i in each new org. */
async function seed(orgCount: number, roles: Membership['role'][]) {
  const em = forkEm(db.orm);
  const users = roles.map(() =>
    em.create(User, { email: `u${++n}@example.com`, name: `User ${n}`, passwordHash: 'x' }),
  );
  const orgs = Array.from({ length: orgCount }, (_, i) => em.create(Organization, { name: `Org ${n}-${i}` }));
  for (const org of orgs)
    roles.forEach((role, i) => em.create(Membership, { organization: org, user: users[i]!, role }));
  await em.flush();
  return { userIds: users.map((u) => u.id), orgIds: orgs.map((o) => o.id) };
}

/** The scope of `userId` acting in `orgId`, as a request of theirs would have it. */
async function scopeOf(userId: string, orgId: string): Promise<Scope> {
  const em = forkEm(db.orm);
  const user = await em.findOneOrFail(User, userId);
  const membership = await loadMembership(em, userId, orgId);
  return memberScope({ em, jobs }, { ...user, emailVerified: user.emailVerifiedAt !== null }, membership);
}

async function roleOf(userId: string, orgId: string) {
  return (await loadMembership(forkEm(db.orm), userId, orgId)).role;
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error.reason;
}

describe('removing a member', () => {
  it('never removes the owner', async () => {
    const {
      userIds: [owner, admin],
      orgIds: [org],
    } = await seed(1, ['owner', 'admin']);
    const actor = await scopeOf(admin!, org!);
    expect(await reasonOf(removeMember(actor, { userId: owner! }))).toBe('OWNER_CANNOT_BE_REMOVED');
  });

  it('is refused to members', async () => {
    const {
      userIds: [, member, other],
      orgIds: [org],
    } = await seed(1, ['owner', 'member', 'member']);
    expect(await reasonOf(removeMember(await scopeOf(member!, org!), { userId: other! }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('gives someone who lost their last organization a new Untitled Organization they own', async () => {
    const {
      userIds: [, admin, member],
      orgIds: [org],
    } = await seed(1, ['owner', 'admin', 'member']);
    await removeMember(await scopeOf(admin!, org!), { userId: member! });
    const left = await forkEm(db.orm).find(Membership, { user: member! }, { populate: ['organization'] });
    expect(left).toHaveLength(1);
    expect(left[0]!.role).toBe('owner');
    expect(left[0]!.organization.getEntity().name).toBe('Untitled Organization');
    expect((await forkEm(db.orm).findOneOrFail(User, member!)).lastOrgId).toBe(left[0]!.organization.id);
    // Both changes are recorded: the removal in the organization, the new one in its own scope.
    const untitled = left[0]!.organization.id;
    const events = await forkEm(db.orm).find(Event, { organizationId: { $in: [org!, untitled] } });
    expect(events.map((e) => [e.name, e.organizationId, e.actorId, e.payload]).sort()).toEqual([
      ['member.removed', org, admin, { userId: member }],
      ['organization.created', untitled, member, { name: 'Untitled Organization' }],
    ]);
  });

  it('keeps every user in at least one organization when removals race', async () => {
    // One user in three organizations, removed from all three at the same time by three admins.
    const {
      userIds: [, admin, member],
      orgIds,
    } = await seed(3, ['owner', 'admin', 'member']);
    await Promise.all(
      orgIds.map(async (org) => removeMember(await scopeOf(admin!, org), { userId: member! })),
    );
    const left = await forkEm(db.orm).find(Membership, { user: member! });
    expect(left).toHaveLength(1);
    expect(left[0]!.role).toBe('owner');
  });
});

describe('leaving', () => {
  it('is refused to the owner, who must transfer ownership first', async () => {
    const {
      userIds: [owner],
      orgIds: [org],
    } = await seed(1, ['owner']);
    expect(await reasonOf(leaveOrganization(await scopeOf(owner!, org!)))).toBe('OWNER_CANNOT_LEAVE');
  });

  it('is refused to members (only admins may remove themselves)', async () => {
    const {
      userIds: [, member],
      orgIds: [org],
    } = await seed(1, ['owner', 'member']);
    expect(await reasonOf(leaveOrganization(await scopeOf(member!, org!)))).toBe('PERMISSION_DENIED');
  });

  it('lets an admin leave and lands them in another organization', async () => {
    const {
      userIds: [, admin],
      orgIds: [a, b],
    } = await seed(2, ['owner', 'admin']);
    const { nextOrgId } = await leaveOrganization(await scopeOf(admin!, a!));
    expect(nextOrgId).toBe(b);
    expect(await forkEm(db.orm).count(Membership, { user: admin! })).toBe(1);
  });
});

describe('transferring ownership', () => {
  it('makes the admin the owner and the old owner an admin', async () => {
    const {
      userIds: [owner, admin],
      orgIds: [org],
    } = await seed(1, ['owner', 'admin']);
    await transferOwnership(await scopeOf(owner!, org!), { userId: admin! });
    expect(await roleOf(owner!, org!)).toBe('admin');
    expect(await roleOf(admin!, org!)).toBe('owner');
  });

  it('promotes a plain member straight to owner, recording one event', async () => {
    const {
      userIds: [owner, member],
      orgIds: [org],
    } = await seed(1, ['owner', 'member']);
    await transferOwnership(await scopeOf(owner!, org!), { userId: member! });
    expect(await roleOf(owner!, org!)).toBe('admin');
    expect(await roleOf(member!, org!)).toBe('owner');
    const events = await forkEm(db.orm).find(Event, { organizationId: org! });
    expect(events.map((e) => [e.name, e.actorId, e.payload])).toEqual([
      ['ownership.transferred', owner, { fromUserId: owner, toUserId: member }],
    ]);
  });

  it('only the owner can do it, and not to themselves', async () => {
    const {
      userIds: [owner, admin, member],
      orgIds: [org],
    } = await seed(1, ['owner', 'admin', 'member']);
    expect(await reasonOf(transferOwnership(await scopeOf(owner!, org!), { userId: owner! }))).toBe(
      'INVALID_INPUT',
    );
    expect(await reasonOf(transferOwnership(await scopeOf(admin!, org!), { userId: member! }))).toBe(
      'PERMISSION_DENIED',
    );
    expect(await roleOf(owner!, org!)).toBe('owner');
  });

  it('leaves exactly one owner when two transfers race', async () => {
    const {
      userIds: [owner, a, b],
      orgIds: [org],
    } = await seed(1, ['owner', 'admin', 'admin']);
    const results = await Promise.allSettled(
      [a!, b!].map(async (to) => transferOwnership(await scopeOf(owner!, org!), { userId: to })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await forkEm(db.orm).count(Membership, { organization: org!, role: 'owner' })).toBe(1);
  });
});
