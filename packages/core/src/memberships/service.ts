import { Membership, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { lockUser } from '../users/lock.js';
import { ensureUserHasOrganization } from './invariants.js';

function memberNotFound(): DomainError {
  return new DomainError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.');
}

/** Owner/admin removes another member. The owner can never be removed. */
export async function removeMember(
  em: EntityManager,
  actor: MembershipWithOrg,
  userId: string,
): Promise<void> {
  assertCan(actor.role, 'member.manage');
  const orgId = actor.org.id;
  await em.transactional(async (tx) => {
    await lockUser(tx, userId);
    const target = await tx.findOne(Membership, { organization: orgId, user: userId });
    if (!target) throw memberNotFound();
    if (target.role === 'owner') {
      throw new DomainError(
        'OWNER_CANNOT_BE_REMOVED',
        'The owner cannot be removed. Transfer ownership first.',
      );
    }
    tx.remove(target);
    await tx.flush();
    await ensureUserHasOrganization(tx, userId, orgId);
  });
}

/** Leaving: admins only ("remove yourself"); the owner must transfer ownership first. */
export async function leaveOrganization(
  em: EntityManager,
  actor: MembershipWithOrg,
): Promise<{ nextOrgId: string }> {
  if (actor.role === 'owner') {
    throw new DomainError(
      'OWNER_CANNOT_LEAVE',
      'The owner cannot leave the organization. Transfer ownership first.',
    );
  }
  assertCan(actor.role, 'member.leave');
  const userId = actor.userId;
  const orgId = actor.org.id;
  return em.transactional(async (tx) => {
    await lockUser(tx, userId);
    const deleted = await tx.nativeDelete(Membership, {
      organization: orgId,
      user: userId,
      role: { $ne: 'owner' },
    });
    if (deleted === 0) throw memberNotFound();
    return { nextOrgId: await ensureUserHasOrganization(tx, userId, orgId) };
  });
}

/**
 * Owner hands the organization to an admin; the old owner stays as an admin. Both rows change in
 * one transaction, and the partial unique index guarantees there is never a second owner.
 */
export async function transferOwnership(
  em: EntityManager,
  actor: MembershipWithOrg,
  toUserId: string,
): Promise<void> {
  assertCan(actor.role, 'org.transferOwnership');
  const orgId = actor.org.id;
  await em.transactional(async (tx) => {
    const target = await tx.findOne(Membership, { organization: orgId, user: toUserId });
    if (!target) throw memberNotFound();
    if (target.role !== 'admin') {
      throw new DomainError('INVALID_INPUT', 'Ownership can only be transferred to an admin.', {
        field: 'userId',
      });
    }
    const demoted = await tx.nativeUpdate(
      Membership,
      { organization: orgId, user: actor.userId, role: 'owner' },
      { role: 'admin' },
    );
    if (demoted === 0) throw new DomainError('PERMISSION_DENIED', 'Only the owner can transfer ownership.');
    await tx.nativeUpdate(Membership, { id: target.id, role: 'admin' }, { role: 'owner' });
  });
}
