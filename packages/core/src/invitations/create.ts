import { Invitation, Organization, User, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { assertEmailVerified } from '../users/email-verified.js';
import { emailSchema } from '../vocabulary/email.js';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { invitationEmailKey } from '../emails/keys.js';
import type { JobPayload } from '../jobs/contracts.js';
import type { JobQueue } from '../jobs/queue.js';
import { notify } from '../notifications/service.js';
import { withOrganizationLocked } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import type { InviteOutcome } from './constants.js';
import { expiresAtFor } from '../vocabulary/expiry.js';
import { assertInvitableProjects } from './projects.js';
import type { CreateInvitationInput } from './schemas.js';
import { whoIsThere } from './invitees.js';
import { seatsLeft } from './seats.js';
import { invitationEmailBudget } from './throttle.js';
import { newLinkToken } from '../vocabulary/tokens.js';

export interface InviteResult {
  email: string;
  status: InviteOutcome;
  invitationId?: string;
}

export interface Inviter {
  id: string;
  name: string;
  emailVerified: boolean;
}

/** Invitation emails go to strangers: only someone who proved their own address may send them. */
export function assertMayInvite(inviter: { emailVerified: boolean }): void {
  assertEmailVerified(inviter, 'Confirm your email address before inviting people.');
}

/**
 * `invitation.create`: one answer per email, in the order given. One transaction with the
 * organization locked decides them all: seats are counted once and taken one email at a time, and
 * an email is either fully invited (invitation, owed email, notification) or not at all. The
 * emails' jobs are enqueued once it commits.
 */
export async function createInvitations(
  { em, jobs }: { em: EntityManager; jobs: JobQueue },
  actor: MembershipWithOrg,
  inviter: Inviter,
  input: CreateInvitationInput,
): Promise<{ results: InviteResult[] }> {
  assertCan(actor.role, 'invitation.manage');
  assertMayInvite(inviter);
  const projects = input.projects ?? [];
  await assertInvitableProjects(em, actor.org.id, projects);
  const parsed = input.emails.map((raw) => ({ raw, email: emailSchema.safeParse(raw).data }));
  const valid = [...new Set(parsed.flatMap((p) => (p.email ? [p.email] : [])))];
  const orgId = actor.org.id;
  const emails: JobPayload<'email.invitation'>[] = [];

  const decided = await withOrganizationLocked(em, orgId, async (tx) => {
    const there = await whoIsThere(tx, orgId, valid);
    let seats = await seatsLeft(tx, actor.org);
    const budget = await invitationEmailBudget(tx, actor.org);
    const outcome = new Map<string, InviteResult>();
    for (const email of valid) {
      const answer = (status: InviteOutcome, invitationId?: string) =>
        outcome.set(email, { email, status, ...(invitationId ? { invitationId } : {}) });
      if (there.members.has(email)) answer('already_member');
      else if (there.pending.has(email)) answer('already_invited', there.pending.get(email));
      else if (seats <= 0) answer('seat_limit');
      else {
        seats -= 1;
        const { token, tokenHash } = newLinkToken();
        const invitation = tx.create(Invitation, {
          organization: tx.getReference(Organization, orgId),
          email,
          role: input.role,
          tokenHash,
          expiresAt: expiresAtFor(actor.org.invitationExpiry),
          invitedBy: tx.getReference(User, inviter.id),
          projects,
        });
        recordEmailDelivery(tx, invitationEmailKey(invitation.id, 1), 'invitation', email, orgId);
        const userId = there.notifiable.get(email);
        if (userId) {
          notify(tx, userId, 'invitation', {
            orgId,
            orgName: actor.org.name,
            actorName: inviter.name,
            role: input.role,
            invitationId: invitation.id,
          });
        }
        emails.push({ invitationId: invitation.id, send: 1, token });
        answer('invited', invitation.id);
      }
    }
    // Over the hourly limit, nothing of the request is kept: the person sees why and when to retry.
    await budget.spend(emails.length);
    return outcome;
  });

  // A failed enqueue is not lost: the worker's sweep of owed emails issues the link again.
  await Promise.all(emails.map((p) => jobs.enqueue('email.invitation', p).catch(() => undefined)));
  const answered = new Set<string>();
  const results: InviteResult[] = [];
  for (const { raw, email } of parsed) {
    if (!email) results.push({ email: raw.slice(0, 320), status: 'invalid_email' });
    else if (!answered.has(email)) {
      answered.add(email);
      results.push(decided.get(email)!);
    }
  }
  return { results };
}
