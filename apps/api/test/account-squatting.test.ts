// Someone signs up with another person's address before that person does. Until the address is
// proven, the account sees none of the invitations sent to it and cannot answer them by id; the
// real owner takes the address back through "forgot password".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLinkToken } from './account-fixtures.js';
import { createHarness, errorOf, password, uniqueEmail, type Harness } from './harness.js';
import { invite } from './invitation-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('an address taken by someone else', () => {
  it('gives the squatter nothing, and the owner takes it back with a password reset', async () => {
    const owner = await h.signUp({ companyName: 'Northwind' });
    const victim = uniqueEmail('victim');
    const { invitationId } = await invite(h, owner.caller, owner.orgId, victim, 'admin');

    const squatter = await h.signUp({ email: victim, companyName: 'Squat', verified: false });
    expect(await squatter.caller.invitation.mine()).toEqual([]);
    expect((await squatter.caller.notification.list()).filter((n) => n.actionable)).toEqual([]);
    for (const answer of [squatter.caller.invitation.accept, squatter.caller.invitation.decline]) {
      expect(await errorOf(answer({ invitationId }))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'EMAIL_NOT_VERIFIED',
      });
    }
    expect(await errorOf(squatter.caller.org.get({ orgId: owner.orgId }))).toMatchObject({
      reason: 'ORG_NOT_FOUND',
    });
    // The real person cannot sign up: the address is taken.
    const real = await h.caller({ ip: '10.60.0.1' });
    expect(await errorOf(real.auth.signUp({ email: victim, password, name: 'Real' }))).toMatchObject({
      reason: 'EMAIL_TAKEN',
    });

    // "Forgot password": the link goes to the address, which only its owner reads.
    await real.auth.requestPasswordReset({ email: victim });
    const token = await accountLinkToken(h, 'reset_password', squatter.userId);
    const result = await real.auth.resetPassword({ token, password: 'amber-heron-42-compass-dune' });
    expect(result.user).toMatchObject({ email: victim, emailVerified: true });
    expect(await squatter.caller.auth.me()).toBeNull();
    expect(await errorOf(squatter.caller.invitation.mine())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(
      await errorOf((await h.caller({ ip: '10.60.0.2' })).auth.signIn({ email: victim, password })),
    ).toMatchObject({
      reason: 'INVALID_CREDENTIALS',
    });

    const cookie = real.cookies
      .filter((c) => c.startsWith('roster_session='))
      .at(-1)!
      .split(';')[0]!;
    const owned = await h.caller({ cookie });
    expect((await owned.invitation.mine()).map((i) => i.id)).toEqual([invitationId]);
    expect((await owned.notification.list()).filter((n) => n.actionable)).toHaveLength(1);
    expect(await owned.invitation.accept({ invitationId })).toEqual({ orgId: owner.orgId });
    expect((await owned.org.get({ orgId: owner.orgId })).role).toBe('admin');
  });

  it('the invitation link alone proves the address: accepting by token works unverified, and verifies', async () => {
    const owner = await h.signUp();
    const person = await h.signUp({ verified: false });
    const { token } = await invite(h, owner.caller, owner.orgId, person.email);
    expect(await person.caller.invitation.accept({ token })).toEqual({ orgId: owner.orgId });
    expect((await person.caller.auth.me())?.user.emailVerified).toBe(true);
  });
});
