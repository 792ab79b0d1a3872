import { EmailDelivery, Invitation, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { invitationEmailKey } from '../emails/keys.js';
import { assertCan } from '../permissions/assert.js';
import { toInvitationDto, type InvitationDto } from './dto.js';
import { findOrgInvitation } from './find.js';

/** How many invitations the members page shows, newest first. */
export const invitationListLimit = 500;

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

/** The organization's invitations, newest first, with their email's delivery state. */
export async function listInvitations(em: EntityManager, actor: MembershipWithOrg): Promise<InvitationDto[]> {
  assertCan(actor.role, 'org.read');
  const invitations = await em.find(
    Invitation,
    { organization: actor.org.id },
    {
      populate: ['invitedBy'],
      fields: ['*', 'invitedBy.id', 'invitedBy.name'],
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: invitationListLimit,
    },
  );
  return toDtos(em, invitations);
}

export async function getInvitation(em: EntityManager, orgId: string, id: string): Promise<InvitationDto> {
  const invitation = await findOrgInvitation(em, orgId, id);
  await em.populate(invitation, ['invitedBy']);
  return (await toDtos(em, [invitation]))[0]!;
}
