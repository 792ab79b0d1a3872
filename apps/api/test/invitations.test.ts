import { EmailDelivery, Invitation, forkEm } from '@roster/db';
import { closedInvitationLimit, hashInvitationToken, setOrganizationPlan } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { expire, invite, linkToken } from './invitation-fixtures.js';
import { person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('invitation.create', () => {
  it('answers per email: invited, already member, already invited, invalid, each once', async () => {
    const admin = await h.signUp({ companyName: 'Northwind' });
    const member = await h.signUp();
    await invite(h, admin.caller, admin.orgId, member.email);
    await member.caller.invitation.accept({
      token: await linkToken(h, (await admin.caller.invitation.list({ orgId: admin.orgId }))[0]!.id),
    });
    const fresh = uniqueEmail('fresh');
    const pending = uniqueEmail('pending');
    await invite(h, admin.caller, admin.orgId, pending);
    const { results } = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: `${fresh}, ${member.email.toUpperCase()}\n${pending}; not-an-email  ${fresh}`,
      role: 'member',
    });
    expect(results.map((r) => [r.email, r.status])).toEqual([
      [fresh, 'invited'],
      [member.email, 'already_member'],
      [pending, 'already_invited'],
      ['not-an-email', 'invalid_email'],
    ]);
    expect(results[0]!.invitationId).toEqual(expect.any(String));
  });

  it('takes a list of fields as well as one field, and refuses none or more than 100', async () => {
    const admin = await h.signUp();
    const { results } = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: [uniqueEmail(), `${uniqueEmail()} ${uniqueEmail()}`],
      role: 'admin',
    });
    expect(results.map((r) => r.status)).toEqual(['invited', 'invited', 'invited']);
    for (const emails of ['', ' , \n', [] as string[]]) {
      expect(
        await errorOf(admin.caller.invitation.create({ orgId: admin.orgId, emails, role: 'member' })),
      ).toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@example.com`).join(',');
    const error = await errorOf(
      admin.caller.invitation.create({ orgId: admin.orgId, emails: many, role: 'member' }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.message).toContain('at most 100');
    const repeated = `${many.split(',').slice(0, 100).join(',')},P0@example.com`;
    const { results: once } = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: repeated,
      role: 'member',
    });
    expect(once).toHaveLength(100);
  });

  it('stops at the seat limit: members plus pending invitations', async () => {
    const admin = await h.signUp();
    const emails = Array.from({ length: 6 }, () => uniqueEmail());
    const { results } = await admin.caller.invitation.create({ orgId: admin.orgId, emails, role: 'member' });
    expect(results.map((r) => r.status)).toEqual([
      'invited',
      'invited',
      'invited',
      'invited',
      'seat_limit',
      'seat_limit',
    ]);
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats).toEqual({ used: 5, limit: 5 });
    await setOrganizationPlan(forkEm(h.db.orm), admin.orgId, 'team');
    const again = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: emails[4]!,
      role: 'member',
    });
    expect(again.results[0]!.status).toBe('invited');
  });

  it('invites again an email whose invitation expired; the expired one no longer holds a seat', async () => {
    const admin = await h.signUp();
    const email = uniqueEmail();
    const first = await invite(h, admin.caller, admin.orgId, email);
    await expire(h, first.invitationId);
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats.used).toBe(1);
    const second = await invite(h, admin.caller, admin.orgId, email);
    expect(second.invitationId).not.toBe(first.invitationId);
    const list = await admin.caller.invitation.list({ orgId: admin.orgId });
    expect(list.map((i) => [i.id, i.status])).toEqual([
      [second.invitationId, 'pending'],
      [first.invitationId, 'expired'],
    ]);
  });

  it('stores only the hash of a 256-bit token, owes one email, and queues its job', async () => {
    const admin = await h.signUp();
    const email = uniqueEmail();
    const { invitationId, token } = await invite(h, admin.caller, admin.orgId, email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const em = forkEm(h.db.orm);
    const row = await em.findOneOrFail(Invitation, invitationId);
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const delivery = await em.findOneOrFail(EmailDelivery, { key: `invitation:${invitationId}:1` });
    expect(delivery).toMatchObject({ template: 'invitation', recipient: email, status: 'queued' });
  });

  it('expires per the organization setting, never included', async () => {
    const admin = await h.signUp();
    await admin.caller.org.updateSettings({ orgId: admin.orgId, invitationExpiry: 'never' });
    await invite(h, admin.caller, admin.orgId, uniqueEmail());
    await admin.caller.org.updateSettings({ orgId: admin.orgId, invitationExpiry: '1h' });
    await invite(h, admin.caller, admin.orgId, uniqueEmail());
    const [hour, never] = await admin.caller.invitation.list({ orgId: admin.orgId });
    expect(never!.expiresAt).toBeNull();
    const inMs = new Date(hour!.expiresAt!).getTime() - Date.now();
    expect(inMs).toBeGreaterThan(55 * 60_000);
    expect(inMs).toBeLessThanOrEqual(3_600_000);
  });

  it('notifies an invitee who has an account', async () => {
    const admin = await h.signUp({ companyName: 'Bellmakers', name: 'Ada Admin' });
    const invitee = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, invitee.email, 'admin');
    const [note] = await invitee.caller.notification.list();
    expect(note).toMatchObject({
      type: 'invitation',
      read: false,
      actionable: true,
      data: {
        orgId: admin.orgId,
        orgName: 'Bellmakers',
        actorName: 'Ada Admin',
        role: 'admin',
        invitationId,
      },
    });
    expect(await invitee.caller.notification.unreadCount()).toEqual({ count: 1 });
  });

  it('lets a new account see invitations sent before it existed, in the bell too', async () => {
    const admin = await h.signUp({ companyName: 'Early Birds' });
    const email = uniqueEmail();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, email);
    const later = await h.signUp({ email });
    expect((await later.caller.invitation.mine()).map((i) => i.id)).toEqual([invitationId]);
    expect((await later.caller.notification.list())[0]).toMatchObject({
      type: 'invitation',
      actionable: true,
    });
  });

  it('pre-assigns live projects of the organization only', async () => {
    const admin = await h.signUp();
    const other = await h.signUp();
    const [otherLibrary] = await other.caller.project.list({ orgId: other.orgId });
    const error = await errorOf(
      admin.caller.invitation.create({
        orgId: admin.orgId,
        emails: uniqueEmail(),
        role: 'member',
        projects: [{ projectId: otherLibrary!.id, role: 'viewer' }],
      }),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND', reason: 'PROJECT_NOT_FOUND' });
  });
});

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
      { id: admin.orgId, name: 'Joiners', role: 'admin', plan: 'free' },
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

describe('who may manage invitations', () => {
  it('members get FORBIDDEN, other organizations NOT_FOUND, no session UNAUTHORIZED', async () => {
    const admin = await h.signUp();
    const member = await person(h, 'Member', admin.orgId, 'member');
    const outsider = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    const orgId = admin.orgId;
    const calls = (c: typeof member.caller) => [
      () => c.invitation.create({ orgId, emails: uniqueEmail(), role: 'member' }),
      () => c.invitation.resend({ orgId, invitationId }),
      () => c.invitation.revoke({ orgId, invitationId }),
    ];
    for (const call of calls(member.caller)) {
      expect(await errorOf(call())).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    }
    for (const call of [...calls(outsider.caller), () => outsider.caller.invitation.list({ orgId })]) {
      expect(await errorOf(call())).toMatchObject({ code: 'NOT_FOUND', reason: 'ORG_NOT_FOUND' });
    }
    const anonymous = await h.caller();
    for (const call of [...calls(anonymous), () => anonymous.invitation.list({ orgId })]) {
      expect(await errorOf(call())).toMatchObject({ code: 'UNAUTHORIZED' });
    }
    // An invitation id of another organization answers like a missing one.
    const elsewhere = await invite(h, outsider.caller, outsider.orgId, uniqueEmail());
    for (const call of [
      () => admin.caller.invitation.resend({ orgId, invitationId: elsewhere.invitationId }),
      () => admin.caller.invitation.revoke({ orgId, invitationId: elsewhere.invitationId }),
    ]) {
      expect(await errorOf(call())).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    }
  });
});
