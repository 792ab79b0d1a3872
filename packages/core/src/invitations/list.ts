import { EmailDelivery, Invitation, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { invitationEmailKey } from '../emails/keys.js';
import { assertCan } from '../permissions/assert.js';
import { visibleProjectIds } from '../projects/visible.js';
import { toInvitationDto, type InvitationDto } from './dto.js';
import { findOrgInvitation } from './find.js';

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
 * The organization's invitations for the members page, newest first, with their email's delivery
 * state: every pending one (they hold seats, so they are never cut off), and the most recent others.
 * Every member may read the list; each sees only the pre-assigned projects they can see themselves.
 */
export async function listInvitations(em: EntityManager, actor: MembershipWithOrg): Promise<InvitationDto[]> {
  assertCan(actor.role, 'org.read');
  const options = {
    populate: ['invitedBy'],
    fields: ['*', 'invitedBy.id', 'invitedBy.name'],
    orderBy: { createdAt: 'desc', id: 'desc' },
  } as const;
  const open = await em.find(Invitation, { organization: actor.org.id, state: 'pending' }, options);
  const closed = await em.find(
    Invitation,
    { organization: actor.org.id, state: { $ne: 'pending' } },
    { ...options, limit: closedInvitationLimit },
  );
  const newestFirst = [...open, ...closed].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
  );
  const [dtos, visible] = await Promise.all([toDtos(em, newestFirst), visibleProjectIds(em, actor)]);
  return dtos.map((dto) => ({ ...dto, projects: dto.projects.filter((p) => visible.has(p.projectId)) }));
}

export async function getInvitation(em: EntityManager, orgId: string, id: string): Promise<InvitationDto> {
  const invitation = await findOrgInvitation(em, orgId, id);
  await em.populate(invitation, ['invitedBy']);
  return (await toDtos(em, [invitation]))[0]!;
}
