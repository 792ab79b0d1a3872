import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import {
  createInvitations,
  hashLinkToken,
  invitationEmailKey,
  loadMembership,
  memberScope,
  type JobQueue,
} from '@roster/core';
import { EmailDelivery, Invitation, User, forkEm } from '@roster/db';
import { seedOrganization } from '@roster/testing/factories';
import type { ParsedMail } from 'mailparser';
import { tokenInLink } from './invitations.js';

export interface Burst {
  orgId: string;
  emails: string[];
  /** Invites every email, `perRequest` at a time, as `invitation.create` does; a request that fails is sent again. */
  invite(jobs: JobQueue, perRequest: number): Promise<void>;
}

/** An enterprise organization whose verified admin is about to invite `count` people. */
export async function prepareBurst(orm: MikroORM, count: number): Promise<Burst> {
  const em = forkEm(orm);
  const tag = randomBytes(3).toString('hex');
  const admin = em.create(User, {
    email: `admin-${tag}@example.com`,
    name: 'Ada Admin',
    passwordHash: 'x',
    emailVerifiedAt: new Date(),
  });
  await em.flush();
  const org = await seedOrganization(orm, { name: `Burst ${tag}`, plan: 'enterprise', owner: admin });
  const emails = Array.from({ length: count }, (_, i) => `invitee-${i + 1}-${tag}@example.com`);
  const inviter = { id: admin.id, name: admin.name, email: admin.email, emailVerified: true };
  return {
    orgId: org.id,
    emails,
    async invite(jobs, perRequest) {
      for (let i = 0; i < emails.length; i += perRequest) {
        const input = { emails: emails.slice(i, i + perRequest), role: 'member' as const };
        // The database may be cut off under the request (the test kills its connections): the
        // person inviting sends it again; an email invited already answers `already_invited`.
        for (let attempt = 1; ; attempt++) {
          try {
            const em = forkEm(orm);
            const scope = memberScope({ em, jobs }, inviter, await loadMembership(em, admin.id, org.id));
            await createInvitations(scope, input);
            break;
          } catch (error) {
            if (attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      }
    },
  };
}

export interface MailCheck {
  /** Invitees without an email carrying their live link. */
  lost: string[];
  /** Tokens mailed more than once. */
  duplicated: string[];
  /** Emails whose link was replaced since (a send cut short): their person got the new one too. */
  dead: number;
  /** Deliveries not `sent`, by key. */
  unsent: string[];
}

/**
 * "Every invitation got exactly one working link": for each invitee, exactly one email carries the
 * token whose hash is the invitation's current one; no token is mailed twice; any other email the
 * person got carries a token that was replaced (dead), and its delivery is `sent`.
 */
export async function checkMail(orm: MikroORM, burst: Burst, messages: ParsedMail[]): Promise<MailCheck> {
  const em = forkEm(orm);
  const invitations = await em.find(Invitation, { organization: burst.orgId });
  const byEmail = new Map(invitations.map((i) => [i.email, i]));
  const tokensTo = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const message of messages) {
    const to = message.to && !Array.isArray(message.to) ? message.to.text : '';
    const token = tokenInLink(message.text);
    if (!token) continue;
    tokensTo.set(to, [...(tokensTo.get(to) ?? []), token]);
    seen.set(token, (seen.get(token) ?? 0) + 1);
  }
  const check: MailCheck = { lost: [], duplicated: [], dead: 0, unsent: [] };
  check.duplicated = [...seen].filter(([, times]) => times > 1).map(([token]) => token.slice(0, 6));
  const deliveries = await em.find(EmailDelivery, {
    key: { $in: invitations.map((i) => invitationEmailKey(i.id, i.sendCount)) },
  });
  check.unsent = deliveries.filter((d) => d.status !== 'sent').map((d) => `${d.key} ${d.status}`);
  for (const email of burst.emails) {
    const invitation = byEmail.get(email);
    const tokens = tokensTo.get(email) ?? [];
    const live = tokens.filter((t) => invitation && hashLinkToken(t) === invitation.tokenHash);
    if (!invitation || live.length !== 1) check.lost.push(email);
    check.dead += tokens.length - live.length;
  }
  if (deliveries.length !== burst.emails.length) check.unsent.push(`${deliveries.length} deliveries`);
  return check;
}
