import { EmailDelivery, type EntityManager, type Invitation, type Organization } from '@roster/db';
import { DomainError } from '../errors.js';
import { waitPhrase } from '../common/wait-phrase.js';
import { invitationEmailKey } from '../emails/keys.js';
import type { Plan } from '../vocabulary/plans.js';

/**
 * Invitation emails (created and resent) an organization may have sent in any hour: generous for
 * real teams (the benchmark invites 1,000 people at once on enterprise), but a stolen or careless
 * free account cannot mail thousands of strangers.
 */
export const invitationEmailsPerHour: Record<Plan, number> = { free: 50, team: 500, enterprise: 5_000 };

/** How long after an invitation's last email it can be resent. */
export const resendCooldownMs = 60_000;

const hourMs = 3_600_000;
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export interface InvitationEmailBudget {
  /** Throws unless `count` more invitation emails fit in the organization's hourly limit. */
  spend(count: number): Promise<void>;
}

/**
 * What the organization may still send this hour: one count on the (organization, created at)
 * index; the row that says when to retry is read only when the limit is reached. Read it with the
 * organization locked (every invitation email is recorded under that lock) and before recording
 * the new emails.
 */
export async function invitationEmailBudget(
  em: EntityManager,
  org: Pick<Organization, 'id' | 'plan'>,
): Promise<InvitationEmailBudget> {
  const limit = invitationEmailsPerHour[org.plan];
  const thisHour = {
    organization: org.id,
    template: 'invitation',
    createdAt: { $gt: new Date(Date.now() - hourMs) },
  };
  const sent = await em.count(EmailDelivery, thisHour);
  return {
    async spend(count) {
      if (count === 0 || sent + count <= limit) return;
      const remaining = Math.max(0, limit - sent);
      // Room for `count` comes back as the oldest emails of the hour age out.
      const freedBy = await em.findOne(EmailDelivery, thisHour, {
        fields: ['createdAt'],
        orderBy: { createdAt: 'asc' },
        offset: Math.max(0, Math.min(sent - 1, sent + count - limit - 1)),
      });
      const retryAfterSeconds = seconds((freedBy?.createdAt.getTime() ?? Date.now()) + hourMs - Date.now());
      const left = remaining > 0 ? `only ${remaining} left for now` : 'none left for now';
      throw new DomainError(
        'INVITATION_EMAIL_LIMIT',
        `This organization can send ${limit} invitation emails per hour on its plan, and has ${left}. ` +
          `Try again in ${waitPhrase(retryAfterSeconds)}.`,
        { retryAfterSeconds, limit, remaining },
      );
    },
  };
}

/** Throws when this invitation's last email went out less than `resendCooldownMs` ago. */
export async function assertResendCooldownOver(em: EntityManager, invitation: Invitation): Promise<void> {
  const last = await em.findOne(
    EmailDelivery,
    { key: invitationEmailKey(invitation.id, invitation.sendCount) },
    { fields: ['createdAt'] },
  );
  const wait = last ? last.createdAt.getTime() + resendCooldownMs - Date.now() : 0;
  if (wait <= 0) return;
  const retryAfterSeconds = seconds(wait);
  throw new DomainError(
    'RESEND_TOO_SOON',
    `This invitation was just sent. You can resend it in ${waitPhrase(retryAfterSeconds)}.`,
    { retryAfterSeconds },
  );
}
