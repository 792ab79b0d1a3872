import { Membership, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { expire, invite } from './invitation-fixtures.js';
import { setOwnedOrgLimitOf, setPlan } from './operator-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Makes `userId` a member of each organization. */
async function join(userId: string, orgIds: string[]): Promise<void> {
  const em = forkEm(h.db.orm);
  for (const orgId of orgIds) {
    em.create(Membership, { organization: orgId, user: em.getReference(User, userId), role: 'member' });
  }
  await em.flush();
}

/** How many SQL statements `work` sends to the database. */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(h.db.orm.em.getConnection(), 'execute');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('org.list: plan and seats of each organization', () => {
  it('counts members and pending, unexpired invitations against the plan', async () => {
    const owner = await h.signUp({ companyName: 'Seats Inc' });
    const member = await h.signUp({ companyName: 'Own Place' });
    await join(member.userId, [owner.orgId]);
    await invite(h, owner.caller, owner.orgId, 'pending@example.com');
    await expire(h, (await invite(h, owner.caller, owner.orgId, 'late@example.com')).invitationId);
    await setPlan(h, owner.orgId, 'team');

    const orgs = await member.caller.org.list();
    expect(orgs).toEqual([
      { id: member.orgId, name: 'Own Place', role: 'owner', plan: 'free', seats: { used: 1, limit: 5 } },
      { id: owner.orgId, name: 'Seats Inc', role: 'member', plan: 'team', seats: { used: 3, limit: 50 } },
    ]);
    expect((await member.caller.auth.me())?.orgs).toEqual(orgs);
  });

  it('says unlimited seats on enterprise', async () => {
    const { caller, orgId } = await h.signUp();
    await setPlan(h, orgId, 'enterprise');
    expect((await caller.org.list())[0]?.seats).toEqual({ used: 1, limit: null });
  });

  it('reads as many statements for six organizations as for one', async () => {
    const few = await h.signUp();
    const many = await h.signUp();
    const others = await Promise.all(Array.from({ length: 5 }, () => h.signUp()));
    await join(
      many.userId,
      others.map((o) => o.orgId),
    );
    expect(await many.caller.org.list()).toHaveLength(6);
    const forOne = await statementsOf(() => few.caller.org.list());
    expect(forOne).toBeGreaterThan(0);
    expect(await statementsOf(() => many.caller.org.list())).toBe(forOne);
  });
});

describe('auth.me: owned organizations against the limit', () => {
  it('counts only the organizations the user owns, against their own limit', async () => {
    const user = await h.signUp();
    const other = await h.signUp();
    await join(user.userId, [other.orgId]);
    expect((await user.caller.auth.me())?.ownedOrgs).toEqual({ count: 1, limit: 3 });
    await user.caller.org.create({ name: 'Second' });
    expect((await user.caller.auth.me())?.ownedOrgs).toEqual({ count: 2, limit: 3 });
    await setOwnedOrgLimitOf(h, user.email, 10);
    expect((await user.caller.auth.me())?.ownedOrgs).toEqual({ count: 2, limit: 10 });
  });

  it('refuses one more at the limit, naming the limit as the person’s and who raises it', async () => {
    const { caller, email } = await h.signUp();
    await setOwnedOrgLimitOf(h, email, 1);
    expect((await caller.auth.me())?.ownedOrgs).toEqual({ count: 1, limit: 1 });
    const error = await errorOf(caller.org.create({ name: 'Two' }));
    expect(error).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'OWNED_ORG_LIMIT_REACHED',
      message: 'You own 1 of 1 organization, your limit. Your Roster operator can raise it.',
    });
    expect(error.message).not.toMatch(/plan/);
  });
});
