import { EmailDelivery, Invitation, forkEm } from '@roster/db';
import { closedInvitationLimit } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { coolDown, expire, invite, linkToken } from './invitation-fixtures.js';
import { assign, person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('invitation.list, resend and revoke', () => {
  it('shows status and email delivery to every member', async () => {
    const admin = await h.signUp();
    const member = await person(h, 'Member', admin.orgId);
    const a = await invite(h, admin.caller, admin.orgId, uniqueEmail('a'));
    const b = await invite(h, admin.caller, admin.orgId, uniqueEmail('b'));
    await expire(h, b.invitationId);
    const em = forkEm(h.db.orm);
    await em.nativeUpdate(EmailDelivery, { key: `invitation:${a.invitationId}:1` }, { status: 'failed' });
    const list = await member.caller.invitation.list({ orgId: admin.orgId });
    expect(list.map((i) => [i.id, i.status, i.emailStatus])).toEqual([
      [b.invitationId, 'expired', 'queued'],
      [a.invitationId, 'pending', 'failed'],
    ]);
  });

  it('lists one batch together by email, newest batch first', async () => {
    const admin = await h.signUp();
    const first = uniqueEmail('first');
    await invite(h, admin.caller, admin.orgId, first);
    const batch = ['carol', 'alice', 'bob'].map((name) => uniqueEmail(name));
    await admin.caller.invitation.create({ orgId: admin.orgId, emails: batch.join(', '), role: 'member' });
    const list = await admin.caller.invitation.list({ orgId: admin.orgId });
    expect(list.map((i) => i.email)).toEqual([...[...batch].sort(), first]);
    expect(new Set(list.slice(0, batch.length).map((i) => i.createdAt)).size).toBe(1);
  });

  it('shows each viewer only the pre-assigned projects they can see', async () => {
    const admin = await h.signUp();
    const member = await person(h, 'Member', admin.orgId);
    const project = (name: string, visibility: 'members' | 'organization') =>
      admin.caller.project.create({ orgId: admin.orgId, name, visibility });
    const hidden = await project('Hidden', 'members');
    const mine = await project('Mine', 'members');
    const open = await project('Open', 'organization');
    const archived = await project('Archived', 'organization');
    await assign(h, admin.orgId, mine.id, member.userId, 'viewer');
    const projects = [hidden, mine, open, archived].map((p) => ({
      projectId: p.id,
      role: 'viewer' as const,
    }));
    await invite(h, admin.caller, admin.orgId, uniqueEmail(), 'member', projects);
    await admin.caller.project.archive({ orgId: admin.orgId, projectId: archived.id });
    const seenBy = async (caller: typeof admin.caller) =>
      (await caller.invitation.list({ orgId: admin.orgId }))[0]!.projects.map((p) => p.projectId).sort();
    expect(await seenBy(member.caller)).toEqual([mine.id, open.id].sort());
    expect(await seenBy(admin.caller)).toEqual([hidden.id, mine.id, open.id, archived.id].sort());
  });

  it('never cuts off a pending invitation, however many closed ones there are', async () => {
    const admin = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail('old'));
    const em = forkEm(h.db.orm);
    for (let i = 0; i < closedInvitationLimit + 5; i++) {
      em.create(Invitation, {
        organization: admin.orgId,
        email: `closed-${i}@example.com`,
        role: 'member',
        tokenHash: `${i}`.padStart(64, 'c'),
        state: 'revoked',
        expiresAt: null,
        invitedBy: null,
        createdAt: new Date(Date.now() + 1000 + i),
      });
    }
    await em.flush();
    const list = await admin.caller.invitation.list({ orgId: admin.orgId });
    expect(list).toHaveLength(closedInvitationLimit + 1);
    expect(list.at(-1)).toMatchObject({ id: invitationId, status: 'pending' });
  });

  it('resend issues a new link and kills the old one', async () => {
    const admin = await h.signUp();
    const email = uniqueEmail();
    const { invitationId, token } = await invite(h, admin.caller, admin.orgId, email);
    await coolDown(h, invitationId);
    const resent = await admin.caller.invitation.resend({ orgId: admin.orgId, invitationId });
    expect(resent).toMatchObject({ id: invitationId, status: 'pending', emailStatus: 'queued' });
    const fresh = await linkToken(h, invitationId, 2);
    expect(fresh).not.toBe(token);
    const anonymous = await h.caller();
    expect(await errorOf(anonymous.invitation.preview({ token }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await anonymous.invitation.preview({ token: fresh })).toMatchObject({ email, status: 'pending' });
    const old = await forkEm(h.db.orm).findOneOrFail(EmailDelivery, { key: `invitation:${invitationId}:1` });
    expect(old.status).toBe('skipped');
  });

  it('resend renews an expired invitation when a seat is free', async () => {
    const admin = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    await expire(h, invitationId);
    await coolDown(h, invitationId);
    const resent = await admin.caller.invitation.resend({ orgId: admin.orgId, invitationId });
    expect(resent.status).toBe('pending');
    expect(new Date(resent.expiresAt!).getTime()).toBeGreaterThan(Date.now());
  });

  it('revoke makes the link unusable and frees the seat', async () => {
    const admin = await h.signUp();
    const invitee = await h.signUp();
    const { invitationId, token } = await invite(h, admin.caller, admin.orgId, invitee.email);
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats.used).toBe(2);
    const revoked = await admin.caller.invitation.revoke({ orgId: admin.orgId, invitationId });
    expect(revoked).toMatchObject({ status: 'revoked', emailStatus: null });
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats.used).toBe(1);
    expect(await errorOf(invitee.caller.invitation.accept({ token }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'INVITATION_NOT_PENDING',
    });
    expect((await invitee.caller.notification.list())[0]).toMatchObject({ read: true, actionable: false });
    for (const again of [
      () => admin.caller.invitation.revoke({ orgId: admin.orgId, invitationId }),
      () => admin.caller.invitation.resend({ orgId: admin.orgId, invitationId }),
    ]) {
      expect(await errorOf(again())).toMatchObject({
        code: 'PRECONDITION_FAILED',
        reason: 'INVITATION_NOT_PENDING',
      });
    }
  });
});

describe('invitation.preview', () => {
  it('needs no session and tells whether the account exists', async () => {
    const admin = await h.signUp({ companyName: 'Preview Co', name: 'Pat Owner' });
    const existing = await h.signUp();
    const anonymous = await h.caller();
    const a = await invite(h, admin.caller, admin.orgId, existing.email, 'admin');
    const b = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    expect(await anonymous.invitation.preview({ token: a.token })).toEqual({
      orgName: 'Preview Co',
      inviterName: 'Pat Owner',
      email: existing.email,
      role: 'admin',
      status: 'pending',
      expiresAt: expect.any(String),
      accountExists: true,
      projects: [],
    });
    expect((await anonymous.invitation.preview({ token: b.token })).accountExists).toBe(false);
  });

  it('answers NOT_FOUND for an unknown token and BAD_REQUEST for a malformed one', async () => {
    const anonymous = await h.caller();
    expect(await errorOf(anonymous.invitation.preview({ token: 'A'.repeat(43) }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'INVITATION_NOT_FOUND',
    });
    expect(await errorOf(anonymous.invitation.preview({ token: 'short' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
