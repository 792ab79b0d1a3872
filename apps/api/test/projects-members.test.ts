import { Membership, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { assign, owner, person, team } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('project.member.list', () => {
  it('lists the assigned members by name, with organization, assigned and effective roles', async () => {
    const t = await team(h);
    await assign(h, t.orgId, t.restricted.id, t.admin.userId, 'viewer');
    const members = await t.viewer.caller.project.member.list({ orgId: t.orgId, projectId: t.restricted.id });
    expect(members.map((m) => [m.name, m.orgRole, m.role, m.effectiveRole])).toEqual([
      ['Admin', 'admin', 'viewer', 'manager'],
      ['Contributor', 'member', 'contributor', 'contributor'],
      ['Manager', 'member', 'manager', 'manager'],
      ['Target', 'member', 'viewer', 'viewer'],
      ['Viewer', 'member', 'viewer', 'viewer'],
    ]);
    expect(members[0]).toEqual({
      userId: t.admin.userId,
      name: 'Admin',
      email: t.admin.email,
      orgRole: 'admin',
      role: 'viewer',
      effectiveRole: 'manager',
      addedAt: iso,
    });
  });

  it('gives viewers of an organization-wide project at least contributor', async () => {
    const t = await team(h);
    await assign(h, t.orgId, t.open.id, t.viewer.userId, 'viewer');
    expect(await t.plain.caller.project.member.list({ orgId: t.orgId, projectId: t.open.id })).toMatchObject([
      { userId: t.viewer.userId, role: 'viewer', effectiveRole: 'contributor' },
    ]);
  });

  it('leaves out people who are no longer in the organization', async () => {
    const t = await team(h);
    const em = forkEm(h.db.orm);
    await em.nativeDelete(Membership, { organization: t.orgId, user: t.target.userId });
    const members = await t.owner.caller.project.member.list({ orgId: t.orgId, projectId: t.restricted.id });
    expect(members.map((m) => m.name)).toEqual(['Contributor', 'Manager', 'Viewer']);
    expect(
      (await t.owner.caller.project.get({ orgId: t.orgId, projectId: t.restricted.id })).memberCount,
    ).toBe(3);
  });
});

describe('project.member.add', () => {
  it('lets an assigned manager of a members-only project add an organization member', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    const added = await t.manager.caller.project.member.add({
      ...input,
      userId: t.candidate.userId,
      role: 'contributor',
    });
    expect(added).toEqual({
      userId: t.candidate.userId,
      name: 'Candidate',
      email: t.candidate.email,
      orgRole: 'member',
      role: 'contributor',
      effectiveRole: 'contributor',
      addedAt: iso,
    });
    // The new member sees the project now, as a contributor.
    expect(await t.candidate.caller.project.get(input)).toMatchObject({
      role: 'contributor',
      memberCount: 5,
    });
  });

  it('refuses someone already in the project with CONFLICT', async () => {
    const t = await team(h);
    expect(
      await errorOf(
        t.owner.caller.project.member.add({
          orgId: t.orgId,
          projectId: t.restricted.id,
          userId: t.viewer.userId,
          role: 'manager',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'PROJECT_MEMBER_EXISTS' });
  });

  it('admits one of two parallel adds of the same person', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id, userId: t.candidate.userId };
    const results = await Promise.allSettled([
      t.owner.caller.project.member.add({ ...input, role: 'viewer' }),
      t.admin.caller.project.member.add({ ...input, role: 'manager' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(await errorOf(Promise.reject(failed!.reason))).toMatchObject({ reason: 'PROJECT_MEMBER_EXISTS' });
  });

  it('answers MEMBER_NOT_FOUND for a user of another organization, exactly like an unknown id', async () => {
    const t = await team(h);
    const stranger = await owner(h, 'Elsewhere');
    const input = { orgId: t.orgId, projectId: t.restricted.id, role: 'viewer' as const };
    const foreign = await errorOf(t.owner.caller.project.member.add({ ...input, userId: stranger.userId }));
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', reason: 'MEMBER_NOT_FOUND' });
    expect(foreign).toEqual(
      await errorOf(t.owner.caller.project.member.add({ ...input, userId: crypto.randomUUID() })),
    );
    const loner = await person(h, 'Loner');
    expect(await errorOf(t.owner.caller.project.member.add({ ...input, userId: loner.userId }))).toEqual(
      foreign,
    );
  });

  it('rejects an unknown role', async () => {
    const t = await team(h);
    const role = 'owner' as unknown as 'viewer';
    expect(
      await errorOf(
        t.owner.caller.project.member.add({
          orgId: t.orgId,
          projectId: t.restricted.id,
          userId: t.candidate.userId,
          role,
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('project.member.updateRole and .remove', () => {
  it('let an assigned manager change a role and remove a member, who then loses access', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id, userId: t.target.userId };
    expect(await t.manager.caller.project.member.updateRole({ ...input, role: 'manager' })).toMatchObject({
      userId: t.target.userId,
      role: 'manager',
      effectiveRole: 'manager',
    });
    expect((await t.target.caller.project.get(input)).role).toBe('manager');
    await t.manager.caller.project.member.remove(input);
    expect(await errorOf(t.target.caller.project.get(input))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PROJECT_NOT_FOUND',
    });
    expect((await t.owner.caller.project.get(input)).memberCount).toBe(3);
  });

  it('answer PROJECT_MEMBER_NOT_FOUND for someone not in the project', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    const missing = { code: 'NOT_FOUND', reason: 'PROJECT_MEMBER_NOT_FOUND' };
    for (const userId of [t.candidate.userId, crypto.randomUUID()]) {
      expect(
        await errorOf(t.owner.caller.project.member.updateRole({ ...input, userId, role: 'viewer' })),
      ).toMatchObject(missing);
      expect(await errorOf(t.owner.caller.project.member.remove({ ...input, userId }))).toMatchObject(
        missing,
      );
    }
  });

  it('let managers demote or remove themselves; what the visibility gives stays', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.open.id };
    await assign(h, t.orgId, t.open.id, t.manager.userId, 'manager');
    expect(
      await t.manager.caller.project.member.updateRole({
        ...input,
        userId: t.manager.userId,
        role: 'viewer',
      }),
    ).toMatchObject({ userId: t.manager.userId, role: 'viewer', effectiveRole: 'contributor', addedAt: iso });
    expect(
      await errorOf(
        t.manager.caller.project.member.updateRole({ ...input, userId: t.manager.userId, role: 'manager' }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    await assign(h, t.orgId, t.restricted.id, t.candidate.userId, 'manager');
    const own = { orgId: t.orgId, projectId: t.restricted.id, userId: t.candidate.userId };
    await t.candidate.caller.project.member.remove(own);
    expect((await t.manager.caller.project.get(input)).role).toBe('contributor');
    expect(await errorOf(t.candidate.caller.project.get(own))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('drop the project roles of someone removed from the organization', async () => {
    const t = await team(h);
    await t.owner.caller.member.remove({ orgId: t.orgId, userId: t.target.userId });
    const names = (
      await t.owner.caller.project.member.list({ orgId: t.orgId, projectId: t.restricted.id })
    ).map((m) => m.name);
    expect(names).not.toContain('Target');
    // It was their only organization: the Untitled Organization they get has its Library too.
    const me = await t.target.caller.auth.me();
    expect(me?.orgs).toMatchObject([{ name: 'Untitled Organization', role: 'owner' }]);
    const projects = await t.target.caller.project.list({ orgId: me!.orgs[0]!.id });
    expect(projects.map((p) => [p.name, p.isLibrary, p.role])).toEqual([['Library', true, 'manager']]);
  });
});
