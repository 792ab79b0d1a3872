import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type SignedUp } from './harness.js';
import { expire, invite } from './invitation-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('notification.list: an invitation as it is now', () => {
  it('shows how each old invitation ended, and what a pending one adds', async () => {
    const invitee = await h.signUp();
    const orgs: SignedUp[] = [];
    for (const companyName of ['Accepting', 'Declining', 'Revoking', 'Expiring', 'Pending']) {
      orgs.push(await h.signUp({ companyName }));
    }
    const [accepting, declining, revoking, expiring, pending] = orgs as [
      SignedUp,
      SignedUp,
      SignedUp,
      SignedUp,
      SignedUp,
    ];
    const project = (name: string) =>
      pending.caller.project.create({ orgId: pending.orgId, name, visibility: 'members' });
    const [design, archived] = [await project('Design'), await project('Archived')];
    const inviteFrom = (org: SignedUp, projects?: Parameters<typeof invite>[5]) =>
      invite(h, org.caller, org.orgId, invitee.email, 'member', projects);
    const accepted = await inviteFrom(accepting);
    const declined = await inviteFrom(declining);
    const revoked = await inviteFrom(revoking);
    const expired = await inviteFrom(expiring);
    await inviteFrom(pending, [
      { projectId: design.id, role: 'manager' },
      { projectId: archived.id, role: 'viewer' },
    ]);
    await pending.caller.project.archive({ orgId: pending.orgId, projectId: archived.id });
    await invitee.caller.invitation.accept({ token: accepted.token });
    await invitee.caller.invitation.decline({ token: declined.token });
    await revoking.caller.invitation.revoke({ orgId: revoking.orgId, invitationId: revoked.invitationId });
    await expire(h, expired.invitationId);

    const notes = await invitee.caller.notification.list();
    const of = (org: SignedUp) => notes.find((n) => n.data.orgId === org.orgId);
    expect(of(accepting)).toMatchObject({
      actionable: false,
      invitation: { status: 'accepted', projects: [] },
    });
    expect(of(declining)).toMatchObject({ actionable: false, invitation: { status: 'declined' } });
    expect(of(revoking)).toMatchObject({ actionable: false, invitation: { status: 'revoked' } });
    expect(of(expiring)).toMatchObject({ actionable: false, invitation: { status: 'expired' } });
    expect(of(pending)).toMatchObject({
      actionable: true,
      invitation: { status: 'pending', projects: [{ name: 'Design', role: 'manager' }] },
    });
  });

  it('gives other notifications no invitation', async () => {
    const admin = await h.signUp({ companyName: 'Roles Co' });
    const member = await h.signUp();
    await invite(h, admin.caller, admin.orgId, member.email).then(({ token }) =>
      member.caller.invitation.accept({ token }),
    );
    await admin.caller.member.updateRole({ orgId: admin.orgId, userId: member.userId, role: 'admin' });
    const [roleChanged] = await member.caller.notification.list();
    expect(roleChanged).toMatchObject({ type: 'role_changed', invitation: null });
  });
});
