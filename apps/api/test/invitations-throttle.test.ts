// Invitation emails are throttled: a resend waits out a cooldown after the invitation's last email,
// and each organization sends at most its plan's number of invitation emails (created and resent)
// per hour. A refusal is TOO_MANY_REQUESTS with the seconds to wait.
import { randomUUID } from 'node:crypto';
import { invitationEmailsPerHour, resendCooldownMs } from '@roster/core';
import { EmailDelivery, Organization, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, uniqueEmail, type Harness } from './harness.js';
import { coolDown, invite } from './invitation-fixtures.js';
import { setPlan } from './operator-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

interface Refusal {
  code: string;
  reason?: string;
  message: string;
  retryAfterSeconds?: number;
  remaining?: number;
}

/** The refusal of a call, with the data the API's error formatter sends. */
async function refusal(call: Promise<unknown>): Promise<Refusal> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: { code: string; message: string; cause?: { reason: string; details: Record<string, unknown> } }) => e,
  );
  return { code: error.code, reason: error.cause?.reason, message: error.message, ...error.cause?.details };
}

/** As if the organization had sent `count` invitation emails `minutesAgo`. */
async function sentBefore(orgId: string, count: number, minutesAgo: number): Promise<void> {
  const em = forkEm(h.db.orm);
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  for (let i = 0; i < count; i++) {
    em.create(EmailDelivery, {
      key: `invitation:${randomUUID()}:1`,
      template: 'invitation',
      recipient: uniqueEmail('earlier'),
      organization: em.getReference(Organization, orgId),
      status: 'sent',
      createdAt,
    });
  }
  await em.flush();
}

describe('invitation.resend', () => {
  it('waits out a cooldown after the last email, saying for how long', async () => {
    const admin = await h.signUp();
    const { invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    const resend = () => admin.caller.invitation.resend({ orgId: admin.orgId, invitationId });

    const early = await refusal(resend());
    expect(early).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RESEND_TOO_SOON' });
    expect(early.retryAfterSeconds).toBeGreaterThan(0);
    expect(early.retryAfterSeconds).toBeLessThanOrEqual(resendCooldownMs / 1000);
    expect(early.message).toMatch(/resend it in \d+ (seconds?|minute)\./);

    await coolDown(h, invitationId);
    expect((await resend()).emailStatus).toBe('queued');
    // The new email starts the cooldown again.
    expect(await refusal(resend())).toMatchObject({ reason: 'RESEND_TOO_SOON' });
  });
});

describe("an organization's invitation emails per hour", () => {
  const limit = invitationEmailsPerHour.team;

  it('refuses a request that would go over the limit, keeping none of it', async () => {
    const admin = await h.signUp();
    await setPlan(h, admin.orgId, 'team');
    await sentBefore(admin.orgId, limit - 2, 10);
    const emails = [uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')];

    const over = await refusal(
      admin.caller.invitation.create({ orgId: admin.orgId, emails, role: 'member' }),
    );
    expect(over).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'INVITATION_EMAIL_LIMIT', remaining: 2 });
    // The oldest emails of the hour were sent 10 minutes ago: room comes back in about 50.
    expect(over.retryAfterSeconds).toBeGreaterThan(49 * 60);
    expect(over.retryAfterSeconds).toBeLessThanOrEqual(50 * 60);
    expect(over.message).toMatch(/Try again in 50 minutes\.$/);
    expect(await admin.caller.invitation.list({ orgId: admin.orgId })).toHaveLength(0);

    const { results } = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: emails.slice(0, 2),
      role: 'member',
    });
    expect(results.map((r) => r.status)).toEqual(['invited', 'invited']);
    expect(await refusal(invite(h, admin.caller, admin.orgId, emails[2]!))).toMatchObject({
      reason: 'INVITATION_EMAIL_LIMIT',
      remaining: 0,
    });
  });

  it('counts resends, and forgets emails older than an hour', async () => {
    const admin = await h.signUp();
    await setPlan(h, admin.orgId, 'team');
    await sentBefore(admin.orgId, 5, 61);
    await sentBefore(admin.orgId, limit - 2, 30);
    const { invitationId } = await invite(h, admin.caller, admin.orgId, uniqueEmail());
    await coolDown(h, invitationId);
    await admin.caller.invitation.resend({ orgId: admin.orgId, invitationId });
    expect(await refusal(invite(h, admin.caller, admin.orgId, uniqueEmail()))).toMatchObject({
      reason: 'INVITATION_EMAIL_LIMIT',
    });
  });

  it('counts each organization on its own', async () => {
    const busy = await h.signUp();
    const other = await h.signUp();
    await sentBefore(busy.orgId, invitationEmailsPerHour.free, 1);
    expect(await refusal(invite(h, busy.caller, busy.orgId, uniqueEmail()))).toMatchObject({
      reason: 'INVITATION_EMAIL_LIMIT',
    });
    await invite(h, other.caller, other.orgId, uniqueEmail());
  });
});
