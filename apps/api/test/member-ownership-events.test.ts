import { Event, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { orgOfThree, person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** An organization with its owner (signed up), an admin and a member. */
const org = (name?: string) => orgOfThree(h, name);

describe('org.transferOwnership', () => {
  it('hands the organization to an admin; the old owner stays an admin; the new owner is told', async () => {
    const { owner, admin, orgId } = await org('Transfer Co');
    const result = await owner.caller.org.transferOwnership({ orgId, userId: admin.userId });
    expect(result).toMatchObject({ id: orgId, role: 'admin', ownerId: admin.userId });
    expect((await admin.caller.org.get({ orgId })).role).toBe('owner');
    const [note] = await admin.caller.notification.list();
    expect(note).toMatchObject({ type: 'ownership_transferred', read: false });
    expect(note!.data).toEqual({ orgId, orgName: 'Transfer Co', actorName: 'Olive Owner', role: 'owner' });
  });

  it('promotes a plain member straight to owner; the old owner stays an admin', async () => {
    const { owner, member, orgId } = await org('Member Heir Co');
    const result = await owner.caller.org.transferOwnership({ orgId, userId: member.userId });
    expect(result).toMatchObject({ id: orgId, role: 'admin', ownerId: member.userId });
    expect((await member.caller.org.get({ orgId })).role).toBe('owner');
    const roles = await member.caller.member.list({ orgId });
    expect(roles.items.find((m) => m.userId === owner.userId)?.role).toBe('admin');
    expect(roles.items.filter((m) => m.role === 'owner').map((m) => m.userId)).toEqual([member.userId]);
    const events = await forkEm(h.db.orm).find(Event, {
      organizationId: orgId,
      name: 'ownership.transferred',
    });
    expect(events.map((e) => e.payload)).toEqual([{ fromUserId: owner.userId, toUserId: member.userId }]);
  });

  it('is for the owner only, and never to themselves', async () => {
    const { owner, admin, member, orgId } = await org();
    expect(await errorOf(owner.caller.org.transferOwnership({ orgId, userId: owner.userId }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await errorOf(admin.caller.org.transferOwnership({ orgId, userId: member.userId }))).toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    expect(await errorOf(member.caller.org.transferOwnership({ orgId, userId: admin.userId }))).toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    const outsider = await h.signUp();
    expect(
      await errorOf(outsider.caller.org.transferOwnership({ orgId, userId: admin.userId })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await errorOf(owner.caller.org.transferOwnership({ orgId, userId: outsider.userId })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEMBER_NOT_FOUND',
    });
  });
});

describe('notifications', () => {
  it('counts unread, marks some or all read, and ignores ids of others', async () => {
    const { owner, member, orgId } = await org();
    await owner.caller.member.updateRole({ orgId, userId: member.userId, role: 'admin' });
    await owner.caller.member.updateRole({ orgId, userId: member.userId, role: 'member' });
    const [latest, earlier] = await member.caller.notification.list();
    expect(latest!.data.role).toBe('member');
    expect(await member.caller.notification.unreadCount()).toEqual({ count: 2 });
    expect(await owner.caller.notification.markRead({ ids: [latest!.id] })).toEqual({ unread: 0 });
    expect(await member.caller.notification.markRead({ ids: [latest!.id] })).toEqual({ unread: 1 });
    expect(await member.caller.notification.markRead()).toEqual({ unread: 0 });
    expect((await member.caller.notification.list()).every((n) => n.read)).toBe(true);
    expect(earlier!.type).toBe('role_changed');
    expect(await errorOf((await h.caller()).notification.unreadCount())).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('events', () => {
  it('records every change to the organization and its members, with who acted', async () => {
    const { owner, admin, member, orgId } = await org('Events Co');
    const leaving = await person(h, 'Leo', orgId, 'admin');
    await owner.caller.member.updateRole({ orgId, userId: member.userId, role: 'admin' });
    await owner.caller.member.updateRole({ orgId, userId: member.userId, role: 'admin' }); // no change
    await leaving.caller.member.leave({ orgId });
    await owner.caller.member.remove({ orgId, userId: member.userId });
    await owner.caller.org.transferOwnership({ orgId, userId: admin.userId });
    await admin.caller.org.rename({ orgId, name: 'Events Ltd' });
    await admin.caller.org.updateSettings({ orgId, invitationExpiry: '30d' });
    await admin.caller.org.rename({ orgId, name: 'Events Ltd' }); // no change
    await admin.caller.org.updateSettings({ orgId, invitationExpiry: '30d' }); // no change
    await admin.caller.org.get({ orgId });
    await admin.caller.org.open({ orgId });

    // What sign-up recorded when the organization was made is the account tests' concern.
    const events = await forkEm(h.db.orm).find(Event, {
      organizationId: orgId,
      name: { $ne: 'organization.created' },
    });
    const seen = events.map((e) => [e.name, e.actorType, e.actorId, e.payload]);
    expect(seen.sort()).toEqual(
      [
        ['member.left', 'user', leaving.userId, { userId: leaving.userId }],
        ['member.removed', 'user', owner.userId, { userId: member.userId }],
        [
          'member.role_changed',
          'user',
          owner.userId,
          { userId: member.userId, role: 'admin', previousRole: 'member' },
        ],
        ['organization.renamed', 'user', admin.userId, { name: 'Events Ltd', previousName: 'Events Co' }],
        [
          'organization.settings_updated',
          'user',
          admin.userId,
          { invitationExpiry: '30d', previousInvitationExpiry: '7d' },
        ],
        ['ownership.transferred', 'user', owner.userId, { fromUserId: owner.userId, toUserId: admin.userId }],
      ].sort(),
    );
  });

  it('org.create records organization.created in the new organization, its owner acting', async () => {
    const { caller, userId } = await h.signUp();
    const created = await caller.org.create({ name: 'Fresh Co' });
    const events = await forkEm(h.db.orm).find(Event, { organizationId: created.id });
    expect(events.map((e) => [e.name, e.actorType, e.actorId, e.payload])).toEqual([
      ['organization.created', 'user', userId, { name: 'Fresh Co' }],
    ]);
  });
});
