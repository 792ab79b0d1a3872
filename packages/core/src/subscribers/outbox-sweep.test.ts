// The events outbox: the sweep that hands lost events over again, and an invitation email owed
// after the worker was away (sent by the sweep or the dispatch, never both).
import { randomBytes } from 'node:crypto';
import { EmailDelivery, Event, Invitation, Organization } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { invitationEmailKey } from '../emails/keys.js';
import { transact } from '../scope.js';
import { hashLinkToken, newLinkToken } from '../vocabulary/tokens.js';
import { dispatchEvents } from './dispatch.js';
import { redispatchEvents } from './redispatch.js';
import { requeueOwedEmails } from './requeue-owed-emails.js';
import {
  useOutbox,
  CountingQueue,
  age,
  ctx,
  dispatchJob,
  dispatchJobsFor,
  em,
  emailQueue,
  event,
  jobs,
  organization,
  prefix,
  redis,
  settleEarlierEvents,
  signUps,
  welcomeDelivery,
  welcomeJob,
} from './outbox-fixtures.js';

useOutbox();

describe('the sweep, for events whose dispatch job was lost', () => {
  /** Runs the swept dispatch jobs of this event as the worker would. */
  async function runSweptJobs(eventId: string) {
    let dispatched = 0;
    for (const job of await dispatchJobsFor(eventId)) {
      dispatched += await dispatchEvents(ctx(), (job.data as { eventIds: string[] }).eventIds);
      await job.remove();
    }
    return dispatched;
  }

  it('hands an event over again once its job is gone, and a second sweep does nothing more', async () => {
    await settleEarlierEvents();
    const { userIds, eventIds } = await signUps(2);
    await (await dispatchJob(eventIds[0]!))!.remove();

    // Written a moment ago: its job may be on its way, the sweep leaves it.
    expect(await redispatchEvents(em(), jobs)).toBe(0);
    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(2);
    const swept = await dispatchJobsFor(eventIds[0]!);
    expect(swept).toHaveLength(1);
    expect(swept[0]!.data).toEqual({ eventIds: expect.arrayContaining(eventIds), sweep: expect.any(Number) });
    // The next pass, or another worker's sweep at once, leaves it to that job.
    expect(await Promise.all([redispatchEvents(em(), jobs), redispatchEvents(em(), jobs)])).toEqual([0, 0]);

    const welcomesBefore = jobs.count('email.welcome');
    expect(await runSweptJobs(eventIds[0]!)).toBe(2);
    expect(jobs.count('email.welcome')).toBe(welcomesBefore + 2);
    for (const userId of userIds) expect(await welcomeJob(userId)).toBeDefined();
    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(0);
  });

  it('hands over an event whose enqueue failed after commit', async () => {
    await settleEarlierEvents();
    const refusing = new CountingQueue(redis, prefix);
    refusing.refuse = (name) => name === 'events.dispatch';
    let signedUp: Awaited<ReturnType<typeof signUps>>;
    try {
      signedUp = await signUps(1, refusing);
    } finally {
      await refusing.close();
    }
    const { userIds, eventIds } = signedUp;
    expect(await dispatchJobsFor(eventIds[0]!)).toEqual([]);
    expect(await welcomeDelivery(userIds[0]!)).toMatchObject({ status: 'queued' });

    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(1);
    expect(await runSweptJobs(eventIds[0]!)).toBe(1);
    expect(await welcomeJob(userIds[0]!)).toBeDefined();
    expect((await event(eventIds[0]!)).dispatchedAt).not.toBeNull();
  });
});

describe('an invitation email owed by an event, after the worker was away', () => {
  /** Invitations as invitation.create leaves them: a placeholder hash, the event, the owed email. */
  async function invite(count: number) {
    const { scope } = await organization();
    const ids = await transact(scope, async (tx) => {
      const made: string[] = [];
      for (let i = 0; i < count; i++) {
        const email = `invitee-${randomBytes(5).toString('hex')}@example.com`;
        const invitation = tx.em.create(Invitation, {
          organization: tx.em.getReference(Organization, scope.org.id),
          email,
          role: 'member',
          tokenHash: newLinkToken().tokenHash,
          expiresAt: null,
          invitedBy: null,
        });
        await tx.em.flush();
        await tx.record('invitation.created', {
          invitationId: invitation.id,
          email,
          role: 'member',
          inviteeUserId: null,
        });
        made.push(invitation.id);
      }
      return made;
    });
    const events = await em().find(Event, { name: 'invitation.created', organizationId: scope.org.id });
    return { invitationIds: ids, eventIds: events.map((e) => e.id) };
  }

  /** Whether each invitation's email job carries the token its row has now (a live link). */
  async function liveLinks(invitationIds: string[]) {
    const rows = await em().find(Invitation, { id: { $in: invitationIds } });
    const live = [];
    for (const row of rows) {
      const job = await emailQueue.getJob(`invitation-${row.id}-1`);
      live.push(job ? hashLinkToken((job.data as { token: string }).token) === row.tokenHash : 'no job');
    }
    return live;
  }

  it('is sent by the sweep or by the dispatch, never both: one token, the one mailed', async () => {
    await settleEarlierEvents();
    const { invitationIds, eventIds } = await invite(30);
    const keys = invitationIds.map((id) => invitationEmailKey(id, 1));
    // Both the events and their emails are owed for two minutes: both the sweep and the dispatch take them.
    await age(eventIds);
    const then = new Date(Date.now() - 120_000);
    await em().nativeUpdate(EmailDelivery, { key: { $in: keys } }, { createdAt: then, updatedAt: then });

    const [swept, dispatched] = await Promise.all([
      requeueOwedEmails(em(), jobs),
      dispatchEvents(ctx(), eventIds),
    ]);

    expect(dispatched).toBe(30);
    expect(swept).toBeLessThanOrEqual(30);
    expect(await liveLinks(invitationIds)).toEqual(invitationIds.map(() => true));
  });

  it('leaves to the sweep an email the sweep has taken', async () => {
    await settleEarlierEvents();
    const { invitationIds, eventIds } = await invite(1);
    const key = invitationEmailKey(invitationIds[0]!, 1);
    const hash = (await em().findOneOrFail(Invitation, { id: invitationIds[0]! })).tokenHash;
    // Recorded two minutes ago; the sweep took it a moment ago and is issuing its token.
    const then = new Date(Date.now() - 120_000);
    await em().nativeUpdate(EmailDelivery, { key }, { createdAt: then, updatedAt: new Date() });

    expect(await dispatchEvents(ctx(), eventIds)).toBe(1);
    expect((await em().findOneOrFail(Invitation, { id: invitationIds[0]! })).tokenHash).toBe(hash);
    expect(await emailQueue.getJob(`invitation-${invitationIds[0]!}-1`)).toBeUndefined();
  });
});
