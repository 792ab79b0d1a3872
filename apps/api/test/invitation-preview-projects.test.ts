import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, uniqueEmail, type Harness } from './harness.js';
import { invite } from './invitation-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('invitation.preview: the projects the invitation adds', () => {
  it('names each live project with the role in it, by name, and leaves archived ones out', async () => {
    const admin = await h.signUp({ companyName: 'Projects Co' });
    const anonymous = await h.caller();
    const create = (name: string) =>
      admin.caller.project.create({ orgId: admin.orgId, name, visibility: 'members' });
    const [website, design, old] = [
      await create('Website'),
      await create('Design'),
      await create('Old site'),
    ];
    const { token } = await invite(h, admin.caller, admin.orgId, uniqueEmail(), 'member', [
      { projectId: website.id, role: 'viewer' },
      { projectId: old.id, role: 'contributor' },
      { projectId: design.id, role: 'manager' },
    ]);
    await admin.caller.project.archive({ orgId: admin.orgId, projectId: old.id });
    expect((await anonymous.invitation.preview({ token })).projects).toEqual([
      { name: 'Design', role: 'manager' },
      { name: 'Website', role: 'viewer' },
    ]);
    await admin.caller.project.update({ orgId: admin.orgId, projectId: design.id, name: 'Brand' });
    await admin.caller.project.archive({ orgId: admin.orgId, projectId: old.id, archived: false });
    expect((await anonymous.invitation.preview({ token })).projects).toEqual([
      { name: 'Brand', role: 'manager' },
      { name: 'Old site', role: 'contributor' },
      { name: 'Website', role: 'viewer' },
    ]);
  });

  it('lists none without projects, and none once the invitation is closed', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const anonymous = await h.caller();
    const plain = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    expect((await anonymous.invitation.preview({ token: plain.token })).projects).toEqual([]);
    const design = await admin.caller.project.create({
      orgId: admin.orgId,
      name: 'Design',
      visibility: 'members',
    });
    const { token } = await invite(h, admin.caller, admin.orgId, invitee.email, 'member', [
      { projectId: design.id, role: 'viewer' },
    ]);
    await invitee.caller.invitation.decline({ token });
    expect(await anonymous.invitation.preview({ token })).toMatchObject({ status: 'declined', projects: [] });
  });
});
