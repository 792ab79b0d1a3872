import { EmailDelivery, Event, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { expire, invite } from './invitation-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('invitation.accept, decline and mine', () => {
  it('accept joins with the invited role and projects, once, and opens the organization', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const design = await admin.caller.project.create({
      orgId: admin.orgId,
      name: 'Design',
      visibility: 'members',
    });
    const { token } = await invite(h, admin.caller, admin.orgId, invitee.email, 'admin', [
      { projectId: design.id, role: 'viewer' },
    ]);
    expect(await invitee.caller.invitation.accept({ token })).toEqual({ orgId: admin.orgId });
    expect((await invitee.caller.org.list()).find((o) => o.id === admin.orgId)?.role).toBe('admin');
    expect(await invitee.caller.org.list()).toHaveLength(2);
    expect((await invitee.caller.auth.me())?.lastOrgId).toBe(admin.orgId);
    const members = await admin.caller.project.member.list({ orgId: admin.orgId, projectId: design.id });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[invitee.userId, 'viewer']]);
    expect(await errorOf(invitee.caller.invitation.accept({ token }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'INVITATION_NOT_PENDING',
    });
    expect((await admin.caller.invitation.list({ orgId: admin.orgId }))[0]).toMatchObject({
      status: 'accepted',
    });
  });

  it('is bound to the invited email', async () => {
    const admin = await h.signUp();
    const intruder = await h.signUp();
    const { token, invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    expect(await errorOf(intruder.caller.invitation.accept({ token }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INVITATION_EMAIL_MISMATCH',
    });
    expect(await errorOf(intruder.caller.invitation.accept({ invitationId }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'INVITATION_NOT_FOUND',
    });
    expect(await errorOf(intruder.caller.invitation.decline({ token }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an expired invitation', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const { token, invitationId } = await invite(h, admin.caller, admin.orgId, invitee.email);
    await expire(h, invitationId);
    expect(await errorOf(invitee.caller.invitation.accept({ token }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'INVITATION_EXPIRED',
    });
    expect(await invitee.caller.invitation.mine()).toEqual([]);
  });

  it('accepts from the bell by id, and marks the notification read', async () => {
    const admin = await h.signUp({ companyName: 'Bell Co' });
    const invitee = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, invitee.email);
    const [mine] = await invitee.caller.invitation.mine();
    expect(mine).toMatchObject({ id: invitationId, orgId: admin.orgId, orgName: 'Bell Co', role: 'member' });
    expect(await invitee.caller.invitation.accept({ invitationId })).toEqual({ orgId: admin.orgId });
    expect(await invitee.caller.notification.unreadCount()).toEqual({ count: 0 });
    const delivery = await forkEm(h.db.orm).findOneOrFail(EmailDelivery, {
      key: `invitation:${invitationId}:1`,
    });
    expect(delivery.status).toBe('skipped');
  });

  it('decline closes the invitation and frees its seat', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const { token } = await invite(h, admin.caller, admin.orgId, invitee.email);
    await invitee.caller.invitation.decline({ token });
    expect((await admin.caller.invitation.list({ orgId: admin.orgId }))[0]!.status).toBe('declined');
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats.used).toBe(1);
    expect(await errorOf(invitee.caller.invitation.accept({ token }))).toMatchObject({
      reason: 'INVITATION_NOT_PENDING',
    });
    expect(await invitee.caller.org.list()).toHaveLength(1);
  });

  it('files the answers under the organization, as the person who answered', async () => {
    const admin = await h.signUp();
    const [accepting, declining] = [await h.signUp(), await h.signUp()];
    const accepted = await invite(h, admin.caller, admin.orgId, accepting.email);
    const declined = await invite(h, admin.caller, admin.orgId, declining.email);
    await accepting.caller.invitation.accept({ token: accepted.token });
    await declining.caller.invitation.decline({ token: declined.token });
    const events = await forkEm(h.db.orm).find(Event, {
      name: { $in: ['invitation.accepted', 'invitation.declined'] },
      actorId: { $in: [accepting.userId, declining.userId] },
    });
    expect(events.map((e) => [e.name, e.organizationId, e.actorId]).sort()).toEqual([
      ['invitation.accepted', admin.orgId, accepting.userId],
      ['invitation.declined', admin.orgId, declining.userId],
    ]);
  });

  it('needs a session', async () => {
    const anonymous = await h.caller();
    for (const call of [
      () => anonymous.invitation.accept({ token: 'A'.repeat(43) }),
      () => anonymous.invitation.decline({ token: 'A'.repeat(43) }),
      () => anonymous.invitation.mine(),
    ]) {
      expect(await errorOf(call())).toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });
});

describe('signing up or in through an invitation', () => {
  it('sign-up joins the inviting organization and creates none of its own', async () => {
    const admin = await h.signUp({ companyName: 'Joiners' });
    const email = uniqueEmail();
    const { token } = await invite(h, admin.caller, admin.orgId, email, 'admin');
    const anonymous = await h.caller();
    const result = await anonymous.auth.signUp({
      email,
      password: 'violet-otter-17-lantern',
      name: 'Joy',
      inviteToken: token,
    });
    expect(result.orgId).toBe(admin.orgId);
    const cookie = anonymous.cookies.at(-1)!.split(';')[0]!;
    const joined = await h.caller({ cookie });
    expect(await joined.org.list()).toEqual([
      { id: admin.orgId, name: 'Joiners', role: 'admin', plan: 'free', seats: { used: 2, limit: 5 } },
    ]);
    expect(await joined.notification.unreadCount()).toEqual({ count: 0 });
  });

  it('sign-up with another email than the invitation is refused, by the email field', async () => {
    const admin = await h.signUp();
    const { token } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    const error = await errorOf(
      (await h.caller()).auth.signUp({
        email: uniqueEmail(),
        password: 'violet-otter-17-lantern',
        name: 'X',
        inviteToken: token,
      }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_EMAIL_MISMATCH' });
  });

  it('sign-in accepts and lands in the inviting organization', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const { token } = await invite(h, admin.caller, admin.orgId, invitee.email);
    const result = await (
      await h.caller({ ip: '10.9.9.9' })
    ).auth.signIn({
      email: invitee.email,
      password: 'violet-otter-17-lantern',
      inviteToken: token,
    });
    expect(result.orgId).toBe(admin.orgId);
    expect(await invitee.caller.org.list()).toHaveLength(2);
  });
});
