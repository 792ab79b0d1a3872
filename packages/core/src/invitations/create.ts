import {
  Invitation,
  Membership,
  Organization,
  User,
  isUniqueViolation,
  type EntityManager,
  type InvitationProject,
  type MembershipWithOrg,
} from '@roster/db';
import { emailSchema } from '../auth/schemas.js';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { invitationEmailKey } from '../emails/keys.js';
import type { JobPayload } from '../jobs/contracts.js';
import type { JobQueue } from '../jobs/queue.js';
import { notify } from '../notifications/service.js';
import { lockOrganization } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import type { InviteOutcome } from './constants.js';
import { expiresAtFor, isExpired } from './expiry.js';
import { assertInvitableProjects } from './projects.js';
import type { CreateInvitationInput, InvitableRole } from './schemas.js';
import { seatsAvailable } from './seats.js';
import { newInvitationToken } from './token.js';

export interface InviteResult {
  email: string;
  status: InviteOutcome;
  invitationId?: string;
}

export interface Inviter {
  id: string;
  name: string;
}

interface Invite {
  email: string;
  role: InvitableRole;
  projects: InvitationProject[];
}

/**
 * `invitation.create`: one answer per email. Each email is its own transaction with the
 * organization locked, so seats are counted and taken one at a time and nothing is half-created.
 * The emails' jobs are enqueued after their transactions commit.
 */
export async function createInvitations(
  { em, jobs }: { em: EntityManager; jobs: JobQueue },
  actor: MembershipWithOrg,
  inviter: Inviter,
  input: CreateInvitationInput,
): Promise<{ results: InviteResult[] }> {
  assertCan(actor.role, 'invitation.manage');
  const projects = input.projects ?? [];
  await assertInvitableProjects(em, actor.org.id, projects);
  const results: InviteResult[] = [];
  const emails: JobPayload<'email.invitation'>[] = [];
  const seen = new Set<string>();
  for (const raw of input.emails) {
    const parsed = emailSchema.safeParse(raw);
    if (!parsed.success) {
      results.push({ email: raw.slice(0, 320), status: 'invalid_email' });
      continue;
    }
    if (seen.has(parsed.data)) continue;
    seen.add(parsed.data);
    const { result, email } = await inviteOne(em, actor, inviter, {
      email: parsed.data,
      role: input.role,
      projects,
    });
    results.push(result);
    if (email) emails.push(email);
  }
  // A failed enqueue is not lost: the worker's sweep of owed emails issues the link again.
  await Promise.all(emails.map((p) => jobs.enqueue('email.invitation', p).catch(() => undefined)));
  return { results };
}

async function inviteOne(
  em: EntityManager,
  actor: MembershipWithOrg,
  inviter: Inviter,
  invite: Invite,
): Promise<{ result: InviteResult; email?: JobPayload<'email.invitation'> }> {
  const orgId = actor.org.id;
  const answer = (status: InviteOutcome, invitationId?: string) => ({
    result: { email: invite.email, status, ...(invitationId ? { invitationId } : {}) },
  });
  try {
    return await em.transactional(async (tx) => {
      await lockOrganization(tx, orgId);
      const user = await tx.findOne(User, { email: invite.email }, { fields: ['id'] });
      if (user && (await tx.count(Membership, { organization: orgId, user: user.id }))) {
        return answer('already_member');
      }
      const pending = await tx.findOne(Invitation, {
        organization: orgId,
        email: invite.email,
        state: 'pending',
      });
      if (pending && !isExpired(pending.expiresAt)) return answer('already_invited', pending.id);
      // An expired invitation makes way for the new one (one pending invitation per email).
      if (pending) await tx.nativeUpdate(Invitation, { id: pending.id }, { state: 'expired' });
      if (!(await seatsAvailable(tx, actor.org))) return answer('seat_limit');

      const { token, tokenHash } = newInvitationToken();
      const invitation = tx.create(Invitation, {
        organization: tx.getReference(Organization, orgId),
        email: invite.email,
        role: invite.role,
        tokenHash,
        expiresAt: expiresAtFor(actor.org.invitationExpiry),
        invitedBy: tx.getReference(User, inviter.id),
        projects: invite.projects,
      });
      recordEmailDelivery(tx, invitationEmailKey(invitation.id, 1), 'invitation', invite.email);
      if (user) {
        notify(tx, user.id, 'invitation', {
          orgId,
          orgName: actor.org.name,
          actorName: inviter.name,
          role: invite.role,
          invitationId: invitation.id,
        });
      }
      return { ...answer('invited', invitation.id), email: { invitationId: invitation.id, send: 1, token } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return answer('already_invited');
    throw error;
  }
}
