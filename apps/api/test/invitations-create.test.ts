import { EmailDelivery, Invitation, forkEm } from '@roster/db';
import { hashLinkToken } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { expire, invite, linkToken } from './invitation-fixtures.js';
import { setPlan } from './operator-fixtures.js';
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
    await setPlan(h, admin.orgId, 'team');
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
    expect(row.tokenHash).toBe(hashLinkToken(token));
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
