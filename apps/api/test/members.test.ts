import { Membership, ProjectMember, forkEm } from '@roster/db';
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

describe('member.list', () => {
  it('pages by email and searches name or email, for every member', async () => {
    const { owner, admin, member, orgId } = await org();
    const all = await member.caller.member.list({ orgId });
    expect(all.total).toBe(3);
    expect(all.items.map((m) => m.email)).toEqual([owner.email, admin.email, member.email].sort());
    expect(all.items.find((m) => m.userId === owner.userId)).toMatchObject({
      role: 'owner',
      name: 'Olive Owner',
    });
    const first = await member.caller.member.list({ orgId, limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await member.caller.member.list({ orgId, limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((m) => m.userId)).toEqual(all.items.map((m) => m.userId));
    expect(second.nextCursor).toBeNull();
    const found = await member.caller.member.list({ orgId, search: 'ADA' });
    expect(found.items.map((m) => m.name)).toEqual(['Adam']);
    expect(found.total).toBe(1);
    expect((await member.caller.member.list({ orgId, search: '%' })).total).toBe(0);
  });

  it('filters by role, with the search and across pages; total counts the filtered members', async () => {
    const { owner, admin, member, orgId } = await org();
    const second = await person(h, 'Alma', orgId, 'admin');
    const admins = await member.caller.member.list({ orgId, role: 'admin' });
    expect(admins.items.map((m) => m.userId).sort()).toEqual([admin.userId, second.userId].sort());
    expect(admins.items.every((m) => m.role === 'admin')).toBe(true);
    expect(admins.total).toBe(2);
    const first = await member.caller.member.list({ orgId, role: 'admin', limit: 1 });
    const rest = await member.caller.member.list({
      orgId,
      role: 'admin',
      limit: 1,
      cursor: first.nextCursor!,
    });
    expect([...first.items, ...rest.items].map((m) => m.userId)).toEqual(admins.items.map((m) => m.userId));
    expect(rest.nextCursor).toBeNull();
    expect((await member.caller.member.list({ orgId, role: 'owner' })).items.map((m) => m.userId)).toEqual([
      owner.userId,
    ]);
    const members = await owner.caller.member.list({ orgId, role: 'member' });
    expect(members).toMatchObject({ total: 1, items: [{ userId: member.userId, role: 'member' }] });
    expect(await admin.caller.member.list({ orgId, role: 'admin', search: 'alm' })).toMatchObject({
      total: 1,
      items: [{ userId: second.userId }],
    });
    expect(await errorOf(member.caller.member.list({ orgId, role: 'boss' as 'admin' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('is NOT_FOUND for another organization and UNAUTHORIZED signed out', async () => {
    const { orgId } = await org();
    const outsider = await h.signUp();
    expect(await errorOf(outsider.caller.member.list({ orgId }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(outsider.caller.member.list({ orgId, role: 'admin' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf((await h.caller()).member.list({ orgId }))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await errorOf((await h.caller()).member.list({ orgId, role: 'member' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('member.updateRole', () => {
  it('changes admin ↔ member and tells the person', async () => {
    const { owner, member, orgId } = await org('Role Co');
    const updated = await owner.caller.member.updateRole({ orgId, userId: member.userId, role: 'admin' });
    expect(updated).toMatchObject({ userId: member.userId, role: 'admin' });
    expect((await member.caller.org.get({ orgId })).role).toBe('admin');
    expect((await member.caller.notification.list())[0]).toMatchObject({
      type: 'role_changed',
      data: { orgId, orgName: 'Role Co', role: 'admin', actorName: 'Olive Owner' },
    });
  });

  it('never changes the owner, and is only for owners and admins', async () => {
    const { owner, admin, member, orgId } = await org();
    expect(
      await errorOf(admin.caller.member.updateRole({ orgId, userId: owner.userId, role: 'member' })),
    ).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'OWNER_ROLE_IS_TRANSFERRED',
    });
    expect(
      await errorOf(member.caller.member.updateRole({ orgId, userId: admin.userId, role: 'member' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const outsider = await h.signUp();
    expect(
      await errorOf(outsider.caller.member.updateRole({ orgId, userId: member.userId, role: 'admin' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await errorOf(owner.caller.member.updateRole({ orgId, userId: outsider.userId, role: 'admin' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEMBER_NOT_FOUND',
    });
  });
});

describe('member.remove', () => {
  it('removes a member from the organization and its projects, and tells them', async () => {
    const { owner, member, orgId } = await org('Removal Co');
    const project = await owner.caller.project.create({ orgId, name: 'P', visibility: 'members' });
    await owner.caller.project.member.add({
      orgId,
      projectId: project.id,
      userId: member.userId,
      role: 'viewer',
    });
    await owner.caller.member.remove({ orgId, userId: member.userId });
    const em = forkEm(h.db.orm);
    expect(await em.count(Membership, { organization: orgId, user: member.userId })).toBe(0);
    expect(await em.count(ProjectMember, { user: member.userId })).toBe(0);
    const notes = await member.caller.notification.list();
    expect(notes.find((n) => n.type === 'removed')?.data).toEqual({
      orgId,
      orgName: 'Removal Co',
      actorName: 'Olive Owner',
    });
  });

  it('gives whoever lost their last organization a new Untitled Organization', async () => {
    const { owner, member, orgId } = await org();
    await owner.caller.member.remove({ orgId, userId: member.userId });
    const orgs = await member.caller.org.list();
    expect(orgs).toEqual([expect.objectContaining({ name: 'Untitled Organization', role: 'owner' })]);
    expect((await member.caller.auth.me())?.lastOrgId).toBe(orgs[0]!.id);
    expect((await member.caller.project.list({ orgId: orgs[0]!.id })).map((p) => p.name)).toEqual([
      'Library',
    ]);
  });

  it('never removes the owner; admins remove themselves by leaving; members cannot remove', async () => {
    const { owner, admin, member, orgId } = await org();
    expect(await errorOf(admin.caller.member.remove({ orgId, userId: owner.userId }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'OWNER_CANNOT_BE_REMOVED',
    });
    expect(await errorOf(admin.caller.member.remove({ orgId, userId: admin.userId }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await errorOf(member.caller.member.remove({ orgId, userId: admin.userId }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const outsider = await h.signUp();
    expect(await errorOf(outsider.caller.member.remove({ orgId, userId: member.userId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(owner.caller.member.remove({ orgId, userId: outsider.userId }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEMBER_NOT_FOUND',
    });
  });
});

describe('member.leave', () => {
  it('lets an admin leave, landing in their next organization', async () => {
    const { admin, orgId } = await org();
    const { nextOrgId } = await admin.caller.member.leave({ orgId });
    expect(nextOrgId).not.toBe(orgId);
    expect((await admin.caller.org.list()).map((o) => o.id)).toEqual([nextOrgId]);
  });

  it('refuses the owner and plain members', async () => {
    const { owner, member, orgId } = await org();
    expect(await errorOf(owner.caller.member.leave({ orgId }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'OWNER_CANNOT_LEAVE',
    });
    expect(await errorOf(member.caller.member.leave({ orgId }))).toMatchObject({ code: 'FORBIDDEN' });
    const outsider = await h.signUp();
    expect(await errorOf(outsider.caller.member.leave({ orgId }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
