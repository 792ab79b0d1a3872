import { EmailDelivery, Invitation, type EntityManager } from '@roster/db';
import { invitationEmailKey } from '../emails/keys.js';
import { assertCan } from '../permissions/assert.js';
import { visibleProjectIds } from '../projects/visible.js';
import type { Scope } from '../scope.js';
import { toInvitationDto, type InvitationDto } from './dto.js';
import { findOrgInvitation } from './find.js';
import type { InvitationActionInput } from './schemas.js';

/** Answered, revoked or replaced invitations shown besides every open one: the newest this many. */
export const closedInvitationLimit = 200;

async function toDtos(em: EntityManager, invitations: Invitation[]): Promise<InvitationDto[]> {
  if (invitations.length === 0) return [];
  const keys = invitations.map((i) => invitationEmailKey(i.id, i.sendCount));
  const deliveries = await em.find(EmailDelivery, { key: { $in: keys } }, { fields: ['key', 'status'] });
  const statusByKey = new Map(deliveries.map((d) => [d.key, d.status]));
  return invitations.map((i) => {
    const inviter = i.invitedBy?.getEntity();
    return toInvitationDto(
      i,
      statusByKey.get(invitationEmailKey(i.id, i.sendCount)),
      inviter ? { id: inviter.id, name: inviter.name } : null,
    );
  });
}

/**
 * `invitation.list`: the organization's invitations for the members page, newest first (one batch,
 * made at one time, by email), with their email's delivery state: every pending one (they hold
 * seats, so they are never cut off), and the most recent others. Every member may read the list; each sees only the pre-assigned projects they
 * can see themselves.
 */
export async function listInvitations(scope: Scope): Promise<InvitationDto[]> {
  assertCan(scope, 'org.read');
  const { em, org } = scope;
  const options = {
    populate: ['invitedBy'],
    fields: ['*', 'invitedBy.id', 'invitedBy.name'],
    orderBy: { createdAt: 'desc', email: 'asc' },
  } as const;
  const open = await em.find(Invitation, { organization: org.id, state: 'pending' }, options);
  const closed = await em.find(
    Invitation,
    { organization: org.id, state: { $ne: 'pending' } },
    { ...options, limit: closedInvitationLimit },
  );
  // One batch shares its creation time: its addresses come in alphabetical order, not by random id.
  const newestFirst = [...open, ...closed].sort(
    (a, b) =>
      b.createdAt.getTime() - a.createdAt.getTime() ||
      (a.email < b.email ? -1 : a.email > b.email ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const [dtos, visible] = await Promise.all([toDtos(em, newestFirst), visibleProjectIds(scope)]);
  return dtos.map((dto) => ({ ...dto, projects: dto.projects.filter((p) => visible.has(p.projectId)) }));
}

/** One invitation of the organization with its email's delivery state (what resend and revoke answer). */
export async function getInvitation(scope: Scope, input: InvitationActionInput): Promise<InvitationDto> {
  assertCan(scope, 'org.read');
  const invitation = await findOrgInvitation(scope.em, scope.org.id, input.invitationId);
  await scope.em.populate(invitation, ['invitedBy']);
  return (await toDtos(scope.em, [invitation]))[0]!;
}
