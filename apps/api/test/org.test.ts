import { Membership, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness, type SignedUp } from './harness.js';
import { setOwnedOrgLimitOf, setPlan } from './operator-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** An organization with its owner, an admin and a member, each with their own session. */
async function orgWithRoles() {
  const owner = await h.signUp({ companyName: 'Roles Inc' });
  const admin = await h.signUp();
  const member = await h.signUp();
  const em = forkEm(h.db.orm);
  for (const [who, role] of [
    [admin, 'admin'],
    [member, 'member'],
  ] as const) {
    em.create(Membership, { organization: owner.orgId, user: em.getReference(User, who.userId), role });
  }
  await em.flush();
  return { owner, admin, member, orgId: owner.orgId };
}

describe('org.list and org.get', () => {
  it('lists the organizations of the user with role and plan', async () => {
    const { admin, orgId } = await orgWithRoles();
    const orgs = await admin.caller.org.list();
    expect(orgs).toHaveLength(2);
    expect(orgs.find((o) => o.id === orgId)).toMatchObject({
      name: 'Roles Inc',
      role: 'admin',
      plan: 'free',
      seats: { used: 3, limit: 5 },
    });
  });

  it('shows name, plan, owner, settings, seats and your role to every member', async () => {
    const { owner, member, orgId } = await orgWithRoles();
    const org = await member.caller.org.get({ orgId });
    expect(org).toEqual({
      id: orgId,
      name: 'Roles Inc',
      role: 'member',
      plan: 'free',
      ownerId: owner.userId,
      settings: { invitationExpiry: '7d' },
      seats: { used: 3, limit: 5 },
      storage: { used: 0, limit: 1024 ** 3, largestFile: 100 * 1024 ** 2 },
      limits: {
        seats: 5,
        storageBytes: 1024 ** 3,
        largestFileBytes: 100 * 1024 ** 2,
        apiCallsPerMonth: 10_000,
        bandwidthOutPerMonth: 10 * 1024 ** 3,
        requestsPerMinute: 60,
      },
    });
  });

  it('makes the opened organization the last used one', async () => {
    const { member, orgId } = await orgWithRoles();
    expect((await member.caller.auth.me())?.lastOrgId).toBe(member.orgId);
    expect(await member.caller.org.open({ orgId })).toEqual({ orgId });
    expect((await member.caller.auth.me())?.lastOrgId).toBe(orgId);
    await member.caller.org.open({ orgId });
    expect((await member.caller.auth.me())?.lastOrgId).toBe(orgId);
  });

  it('org.get writes nothing: reading another organization leaves the last used one', async () => {
    const { member, orgId } = await orgWithRoles();
    const before = await forkEm(h.db.orm).findOneOrFail(User, member.userId);
    await member.caller.org.get({ orgId });
    const after = await forkEm(h.db.orm).findOneOrFail(User, member.userId);
    expect(after.lastOrgId).toBe(member.orgId);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect((await member.caller.auth.me())?.lastOrgId).toBe(member.orgId);
  });

  it('reports unlimited seats on enterprise and 50 on team', async () => {
    const { caller, orgId } = await h.signUp();
    await setPlan(h, orgId, 'team');
    expect((await caller.org.get({ orgId })).seats).toEqual({ used: 1, limit: 50 });
    await setPlan(h, orgId, 'enterprise');
    expect((await caller.org.get({ orgId })).seats).toEqual({ used: 1, limit: null });
  });
});

describe('org.create', () => {
  it('creates an organization owned by the user and switches to it', async () => {
    const { caller } = await h.signUp();
    const org = await caller.org.create({ name: '  Second  ' });
    expect(org).toMatchObject({ name: 'Second', role: 'owner' });
    expect((await caller.auth.me())?.lastOrgId).toBe(org.id);
  });

  it('stops at the owned-organization limit with its reason', async () => {
    const { caller } = await h.signUp();
    await caller.org.create({ name: 'Two' });
    await caller.org.create({ name: 'Three' });
    const error = await errorOf(caller.org.create({ name: 'Four' }));
    expect(error).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'OWNED_ORG_LIMIT_REACHED',
      message: 'You own 3 of 3 organizations, your limit. Your Roster operator can raise it.',
    });
  });

  it('follows the limit an operator sets for the user', async () => {
    const { caller, email } = await h.signUp();
    await setOwnedOrgLimitOf(h, email, 1);
    expect(await errorOf(caller.org.create({ name: 'Two' }))).toMatchObject({
      reason: 'OWNED_ORG_LIMIT_REACHED',
    });
    await setOwnedOrgLimitOf(h, email, 5);
    await expect(caller.org.create({ name: 'Two' })).resolves.toMatchObject({ role: 'owner' });
  });

  it('never exceeds the limit under parallel requests', async () => {
    const { caller, userId } = await h.signUp();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => caller.org.create({ name: `P${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(await forkEm(h.db.orm).count(Membership, { user: userId, role: 'owner' })).toBe(3);
  });

  it('rejects blank and overlong names', async () => {
    const { caller } = await h.signUp();
    expect(await errorOf(caller.org.create({ name: '   ' }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await errorOf(caller.org.create({ name: 'x'.repeat(101) }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('org.rename and org.updateSettings', () => {
  it('let the owner and admins rename and change settings', async () => {
    const { owner, admin, orgId } = await orgWithRoles();
    expect(await owner.caller.org.rename({ orgId, name: 'Renamed' })).toMatchObject({ name: 'Renamed' });
    expect(await admin.caller.org.rename({ orgId, name: 'Renamed again' })).toMatchObject({
      name: 'Renamed again',
    });
    const org = await admin.caller.org.updateSettings({ orgId, invitationExpiry: 'never' });
    expect(org.settings).toEqual({ invitationExpiry: 'never' });
  });

  it('refuse members with FORBIDDEN', async () => {
    const { member, orgId } = await orgWithRoles();
    expect(await errorOf(member.caller.org.rename({ orgId, name: 'Mine' }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect(await errorOf(member.caller.org.updateSettings({ orgId, invitationExpiry: '1h' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('rejects an unknown expiry', async () => {
    const { owner, orgId } = await orgWithRoles();
    const input = { orgId, invitationExpiry: '2d' } as unknown as { orgId: string; invitationExpiry: '7d' };
    expect(await errorOf(owner.caller.org.updateSettings(input))).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('another organization', () => {
  let outsider: SignedUp;
  let orgId: string;
  beforeAll(async () => {
    outsider = await h.signUp({ companyName: 'Outsiders' });
    orgId = (await orgWithRoles()).orgId;
  });

  const missing = { code: 'NOT_FOUND', reason: 'ORG_NOT_FOUND' };
  it('org.get answers NOT_FOUND, exactly like an id that does not exist', async () => {
    const foreign = await errorOf(outsider.caller.org.get({ orgId }));
    const absent = await errorOf(outsider.caller.org.get({ orgId: crypto.randomUUID() }));
    expect(foreign).toMatchObject(missing);
    expect(foreign).toEqual(absent);
  });
  it('org.open answers NOT_FOUND and remembers nothing', async () => {
    expect(await errorOf(outsider.caller.org.open({ orgId }))).toMatchObject(missing);
    expect((await outsider.caller.auth.me())?.lastOrgId).toBe(outsider.orgId);
  });
  it('org.rename answers NOT_FOUND', async () => {
    expect(await errorOf(outsider.caller.org.rename({ orgId, name: 'Mine' }))).toMatchObject(missing);
  });
  it('org.updateSettings answers NOT_FOUND', async () => {
    expect(
      await errorOf(outsider.caller.org.updateSettings({ orgId, invitationExpiry: '1h' })),
    ).toMatchObject(missing);
  });
});

describe('signed out', () => {
  it('every organization procedure answers UNAUTHORIZED', async () => {
    const anonymous = await h.caller();
    const orgId = crypto.randomUUID();
    for (const call of [
      anonymous.org.list(),
      anonymous.org.create({ name: 'x' }),
      anonymous.org.get({ orgId }),
      anonymous.org.open({ orgId }),
      anonymous.org.rename({ orgId, name: 'x' }),
      anonymous.org.updateSettings({ orgId, invitationExpiry: '1h' }),
      anonymous.auth.signOutEverywhere(),
    ]) {
      expect(await errorOf(call)).toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });
});
