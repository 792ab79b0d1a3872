// Every change to a project or its members records its event (for audit records, webhooks and
// plugins to come), in the change's transaction, with who made it; a refused change or one that
// changes nothing records none.
import { Event, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { team } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function projectEvents(orgId: string) {
  const events = await forkEm(h.db.orm).find(
    Event,
    { organizationId: orgId, name: { $like: 'project.%' } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return events.map((e) => ({ name: e.name, actor: [e.actorType, e.actorId], payload: e.payload }));
}

describe('project events', () => {
  it('records one event per change, with the changed fields and the member who made it', async () => {
    const t = await team(h);
    const { orgId } = t;
    const admin = ['user', t.admin.userId];
    const project = await t.admin.caller.project.create({ orgId, name: 'Atlas', visibility: 'members' });
    const projectId = project.id;
    await t.admin.caller.project.update({ orgId, projectId, name: 'Atlas', description: 'Maps' });
    await t.admin.caller.project.update({ orgId, projectId, name: 'Atlas' });
    await t.admin.caller.project.member.add({ orgId, projectId, userId: t.plain.userId, role: 'viewer' });
    await t.admin.caller.project.member.updateRole({
      orgId,
      projectId,
      userId: t.plain.userId,
      role: 'manager',
    });
    await t.plain.caller.project.update({ orgId, projectId, name: 'Atlas 2' });
    await t.plain.caller.project.member.remove({ orgId, projectId, userId: t.plain.userId });
    await t.admin.caller.project.archive({ orgId, projectId });
    await t.admin.caller.project.archive({ orgId, projectId });
    await t.admin.caller.project.archive({ orgId, projectId, archived: false });

    expect(await projectEvents(orgId)).toEqual([
      {
        name: 'project.created',
        actor: admin,
        payload: { projectId, name: 'Atlas', visibility: 'members' },
      },
      { name: 'project.updated', actor: admin, payload: { projectId, changes: { description: 'Maps' } } },
      {
        name: 'project.member_added',
        actor: admin,
        payload: { projectId, userId: t.plain.userId, role: 'viewer' },
      },
      {
        name: 'project.member_role_changed',
        actor: admin,
        payload: { projectId, userId: t.plain.userId, role: 'manager', previousRole: 'viewer' },
      },
      {
        name: 'project.updated',
        actor: ['user', t.plain.userId],
        payload: { projectId, changes: { name: 'Atlas 2' } },
      },
      {
        name: 'project.member_removed',
        actor: ['user', t.plain.userId],
        payload: { projectId, userId: t.plain.userId },
      },
      { name: 'project.archived', actor: admin, payload: { projectId } },
      { name: 'project.restored', actor: admin, payload: { projectId } },
    ]);
  });

  it('records nothing for a refused change', async () => {
    const t = await team(h);
    const { orgId } = t;
    const input = { orgId, projectId: t.restricted.id };
    expect(await errorOf(t.viewer.caller.project.update({ ...input, name: 'Mine' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      await errorOf(
        t.manager.caller.project.member.add({ ...input, userId: t.viewer.userId, role: 'viewer' }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await errorOf(t.manager.caller.project.archive(input))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await projectEvents(orgId)).toEqual([]);
  });
});
