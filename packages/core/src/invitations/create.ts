import { Invitation, Organization, User } from '@roster/db';
import { assertEmailVerified } from '../users/email-verified.js';
import { emailSchema } from '../vocabulary/email.js';
import { withOrganizationLocked } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import type { Actor, Scope } from '../scope.js';
import type { InviteOutcome } from './constants.js';
import type { CreateInvitationsResult, InviteResult } from './dto.js';
import { expiresAtFor } from '../vocabulary/expiry.js';
import { assertInvitableProjects } from './projects.js';
import type { CreateInvitationInput } from './schemas.js';
import { whoIsThere } from './invitees.js';
import { seatsLeft } from './seats.js';
import { invitationEmailBudget } from './throttle.js';
import { newLinkToken } from '../vocabulary/tokens.js';

/**
 * Invitation emails go to strangers: a member may send them only once they proved their own
 * address. (Roster itself may; an API key is refused by its permissions before this.)
 */
export function assertMayInvite(actor: Actor): void {
  if (actor.type !== 'member') return;
  assertEmailVerified(actor, 'Confirm your email address before inviting people.');
}

/** The user an invitation names as its inviter: the member acting, none for Roster itself. */
export function inviterOf(actor: Actor): string | null {
  return actor.type === 'member' ? actor.id : null;
}

/**
 * `invitation.create`: one answer per email, in the order given. One transaction with the
 * organization locked decides them all: seats are counted once and taken one email at a time, and
 * an email is either fully invited (invitation, its `invitation.created` event with the email it
 * owes and the invitee's notification) or not at all. The link's token is not made here: the
 * invitation holds a hash nobody knows until the worker issues the link as it mails it.
 */
export async function createInvitations(
  scope: Scope,
  input: CreateInvitationInput,
): Promise<CreateInvitationsResult> {
  assertCan(scope, 'invitation.manage');
  assertMayInvite(scope.actor);
  const { org } = scope;
  const projects = input.projects ?? [];
  await assertInvitableProjects(scope.em, org.id, projects);
  const parsed = input.emails.map((raw) => ({ raw, email: emailSchema.safeParse(raw).data }));
  const valid = [...new Set(parsed.flatMap((p) => (p.email ? [p.email] : [])))];
  const inviterId = inviterOf(scope.actor);

  const decided = await withOrganizationLocked(scope, async (tx) => {
    const there = await whoIsThere(tx.em, org.id, valid);
    let seats = await seatsLeft(tx.em, org);
    const budget = await invitationEmailBudget(tx.em, org);
    const outcome = new Map<string, InviteResult>();
    let invited = 0;
    // One batch, one creation time: the members page lists it together, by email.
    const createdAt = new Date();
    for (const email of valid) {
      const answer = (status: InviteOutcome, invitationId?: string) =>
        outcome.set(email, { email, status, ...(invitationId ? { invitationId } : {}) });
      if (there.members.has(email)) answer('already_member');
      else if (there.pending.has(email)) answer('already_invited', there.pending.get(email));
      else if (seats <= 0) answer('seat_limit');
      else {
        seats -= 1;
        const invitation = tx.em.create(Invitation, {
          organization: tx.em.getReference(Organization, org.id),
          email,
          role: input.role,
          tokenHash: newLinkToken().tokenHash,
          expiresAt: expiresAtFor(org.invitationExpiry),
          invitedBy: inviterId ? tx.em.getReference(User, inviterId) : null,
          projects,
          createdAt,
        });
        await tx.record('invitation.created', {
          invitationId: invitation.id,
          email,
          role: input.role,
          inviteeUserId: there.notifiable.get(email) ?? null,
        });
        invited += 1;
        answer('invited', invitation.id);
      }
    }
    // Over the hourly limit, nothing of the request is kept: the person sees why and when to retry.
    await budget.spend(invited);
    return outcome;
  });

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
