import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { team } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('project.update', () => {
  it('lets owners and admins rename, describe and change visibility', async () => {
    const t = await team(h);
    const projectId = t.restricted.id;
    const updated = await t.admin.caller.project.update({
      orgId: t.orgId,
      projectId,
      name: 'Renamed',
      description: 'Now for everyone',
      visibility: 'organization',
    });
    expect(updated).toMatchObject({
      id: projectId,
      name: 'Renamed',
      description: 'Now for everyone',
      visibility: 'organization',
      role: 'manager',
      memberCount: 4,
    });
    // Visible to everyone now: the plain member sees it as a contributor.
    expect(await t.plain.caller.project.get({ orgId: t.orgId, projectId })).toMatchObject({
      name: 'Renamed',
      role: 'contributor',
    });
  });

  it('lets a project manager rename and describe, send the visibility unchanged, but not change it', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    expect(
      await t.manager.caller.project.update({
        ...input,
        name: 'Ours',
        description: '',
        visibility: 'members',
      }),
    ).toMatchObject({ name: 'Ours', description: '', visibility: 'members', role: 'manager' });
    expect(
      await errorOf(t.manager.caller.project.update({ ...input, visibility: 'organization' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect((await t.owner.caller.project.get(input)).visibility).toBe('members');
  });

  it('leaves out what is not sent', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    await t.owner.caller.project.update({ ...input, description: 'Kept' });
    expect(await t.owner.caller.project.update({ ...input, name: 'Only the name' })).toMatchObject({
      name: 'Only the name',
      description: 'Kept',
      visibility: 'members',
    });
  });

  it('rejects invalid names', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    expect(await errorOf(t.owner.caller.project.update({ ...input, name: '' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('project.archive', () => {
  it('archives (read-only, hidden from members) and restores', async () => {
    const t = await team(h);
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    const archived = await t.admin.caller.project.archive(input);
    expect(archived).toMatchObject({ archivedAt: iso, role: 'manager' });
    // Archiving again changes nothing.
    expect((await t.owner.caller.project.archive({ ...input, archived: true })).archivedAt).toBe(
      archived.archivedAt,
    );

    const names = async (caller: typeof t.owner.caller, includeArchived?: boolean) =>
      (await caller.project.list({ orgId: t.orgId, includeArchived })).map((p) => p.name);
    expect(await names(t.owner.caller)).toEqual(['Library', 'Open']);
    expect(await names(t.owner.caller, true)).toEqual(['Library', 'Open', 'Restricted']);
    expect(await names(t.manager.caller, true)).toEqual(['Library', 'Open']);
    expect(await errorOf(t.manager.caller.project.get(input))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PROJECT_NOT_FOUND',
    });
    expect(await t.admin.caller.project.get(input)).toMatchObject({ archivedAt: archived.archivedAt });

    const readOnly = { code: 'PRECONDITION_FAILED', reason: 'PROJECT_ARCHIVED' };
    expect(await errorOf(t.owner.caller.project.update({ ...input, name: 'No' }))).toMatchObject(readOnly);
    const member = { ...input, userId: t.target.userId };
    for (const call of [
      () => t.owner.caller.project.member.add({ ...input, userId: t.candidate.userId, role: 'viewer' }),
      () => t.owner.caller.project.member.updateRole({ ...member, role: 'manager' }),
      () => t.owner.caller.project.member.remove(member),
    ])
      expect(await errorOf(call())).toMatchObject(readOnly);
    expect(await t.owner.caller.project.member.list(input)).toHaveLength(4);

    expect(await t.owner.caller.project.archive({ ...input, archived: false })).toMatchObject({
      archivedAt: null,
    });
    expect(await names(t.manager.caller)).toEqual(['Library', 'Open', 'Restricted']);
    expect(await t.manager.caller.project.update({ ...input, name: 'Back' })).toMatchObject({ name: 'Back' });
  });

  it('restoring a project that is not archived changes nothing', async () => {
    const t = await team(h);
    expect(
      await t.owner.caller.project.archive({ orgId: t.orgId, projectId: t.open.id, archived: false }),
    ).toMatchObject({ name: 'Open', archivedAt: null });
  });
});
