// Invariants under concurrency (PRODUCT.md §2, §4): parallel requests, as a busy server gets them.
import { Invitation, Membership, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { coolDown, invite } from './invitation-fixtures.js';
import { setPlan } from './operator-fixtures.js';
import { person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const outcomes = (settled: PromiseSettledResult<unknown>[]) => ({
  ok: settled.filter((s) => s.status === 'fulfilled').length,
  reasons: settled.flatMap((s) =>
    s.status === 'rejected' ? [(s.reason as { cause?: { reason?: string } }).cause?.reason] : [],
  ),
});

async function owners(orgId: string): Promise<number> {
  return forkEm(h.db.orm).count(Membership, { organization: orgId, role: 'owner' });
}

describe('races', () => {
  it('20 concurrent accepts of one invitation admit exactly one', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const { token } = await invite(h, admin.caller, admin.orgId, invitee.email);
    const callers = await Promise.all(Array.from({ length: 20 }, () => h.caller({ cookie: invitee.cookie })));
    const result = outcomes(await Promise.allSettled(callers.map((c) => c.invitation.accept({ token }))));
    expect(result.ok).toBe(1);
    expect(new Set(result.reasons)).toEqual(new Set(['INVITATION_NOT_PENDING']));
    expect(
      await forkEm(h.db.orm).count(Membership, { organization: admin.orgId, user: invitee.userId }),
    ).toBe(1);
  });

  it('concurrent invitations never exceed the seat limit', async () => {
    const owner = await h.signUp();
    const admin = await person(h, 'Admin', owner.orgId, 'admin');
    const emails = Array.from({ length: 10 }, () => uniqueEmail());
    const settled = await Promise.all(
      emails.map((email, i) =>
        (i % 2 ? admin.caller : owner.caller).invitation.create({
          orgId: owner.orgId,
          emails: email,
          role: 'member',
        }),
      ),
    );
    const invited = settled.filter((r) => r.results[0]!.status === 'invited').length;
    expect(invited).toBe(3); // 5 seats: the owner, the admin and three invitations
    expect((await owner.caller.org.get({ orgId: owner.orgId })).seats).toEqual({ used: 5, limit: 5 });
  });

  it('concurrent accepts of different invitations never exceed the seat limit', async () => {
    const owner = await h.signUp();
    const orgId = owner.orgId;
    await setPlan(h, orgId, 'team');
    const invitees = await Promise.all(Array.from({ length: 8 }, () => h.signUp()));
    const tokens: string[] = [];
    for (const invitee of invitees) tokens.push((await invite(h, owner.caller, orgId, invitee.email)).token);
    // The plan is lowered while the invitations are out: only four of them can still find a seat.
    await setPlan(h, orgId, 'free');
    const result = outcomes(
      await Promise.allSettled(
        invitees.map((invitee, i) => invitee.caller.invitation.accept({ token: tokens[i]! })),
      ),
    );
    expect(result.ok).toBe(4);
    expect(new Set(result.reasons)).toEqual(new Set(['SEAT_LIMIT_REACHED']));
    expect(await forkEm(h.db.orm).count(Membership, { organization: orgId })).toBe(5);
  });

  it('concurrent transfer, demotion and removal never leave an organization without its owner', async () => {
    for (let round = 0; round < 5; round++) {
      const owner = await h.signUp();
      const orgId = owner.orgId;
      const heir = await person(h, 'Heir', orgId, 'admin');
      const other = await person(h, 'Other', orgId, 'admin');
      await Promise.allSettled([
        owner.caller.org.transferOwnership({ orgId, userId: heir.userId }),
        other.caller.member.updateRole({ orgId, userId: heir.userId, role: 'member' }),
        other.caller.member.remove({ orgId, userId: heir.userId }),
        heir.caller.member.updateRole({ orgId, userId: owner.userId, role: 'member' }),
        heir.caller.member.remove({ orgId, userId: owner.userId }),
      ]);
      // Whichever order they ran in (the heir may even have removed the old owner after the
      // transfer), the organization has exactly one owner.
      expect(await owners(orgId)).toBe(1);
    }
  });

  it('concurrent removals never leave a user without an organization', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await h.signUp();
      const b = await h.signUp();
      const wanderer = await person(h, 'Wanderer', a.orgId, 'admin');
      const em = forkEm(h.db.orm);
      em.create(Membership, { organization: b.orgId, user: wanderer.userId, role: 'admin' });
      await em.flush();
      await Promise.allSettled([
        a.caller.member.remove({ orgId: a.orgId, userId: wanderer.userId }),
        b.caller.member.remove({ orgId: b.orgId, userId: wanderer.userId }),
        wanderer.caller.member.leave({ orgId: a.orgId }),
        wanderer.caller.member.leave({ orgId: b.orgId }),
      ]);
      const orgs = await wanderer.caller.org.list();
      expect(orgs).toEqual([expect.objectContaining({ name: 'Untitled Organization', role: 'owner' })]);
    }
  });

  it('concurrent resends send one email: the others wait out the cooldown', async () => {
    const owner = await h.signUp();
    const { invitationId } = await invite(h, owner.caller, owner.orgId, uniqueEmail());
    await coolDown(h, invitationId);
    const answers = await Promise.allSettled(
      Array.from({ length: 5 }, () => owner.caller.invitation.resend({ orgId: owner.orgId, invitationId })),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const refused of answers.filter((a) => a.status === 'rejected')) {
      expect(await errorOf(Promise.reject(refused.reason))).toMatchObject({ reason: 'RESEND_TOO_SOON' });
    }
    const row = await forkEm(h.db.orm).findOneOrFail(Invitation, invitationId);
    expect(row.sendCount).toBe(2);
  });
});
