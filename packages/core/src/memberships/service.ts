import { Membership, ProjectMember, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { notify } from '../notifications/service.js';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { lockUser } from '../users/lock.js';
import { ensureUserHasOrganization } from './invariants.js';
import type { MemberDto } from './list.js';

function memberNotFound(): DomainError {
  return new DomainError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.');
}

/** Owner/admin removes another member. The owner can never be removed. */
export async function removeMember(
  em: EntityManager,
  actor: MembershipWithOrg,
  userId: string,
  actorName?: string,
): Promise<void> {
  assertCan(actor.role, 'member.manage');
  if (userId === actor.userId) {
    throw new DomainError('INVALID_INPUT', 'To remove yourself, leave the organization instead.', {
      field: 'userId',
    });
  }
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
    // The role condition holds even if the member became the owner since it was read.
    const removed = await tx.nativeDelete(Membership, { id: target.id, role: { $ne: 'owner' } });
    if (removed === 0) throw memberNotFound();
    await tx.nativeDelete(ProjectMember, { organization: orgId, user: userId });
    notify(tx, userId, 'removed', { orgId, orgName: actor.org.name, actorName });
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
    await tx.nativeDelete(ProjectMember, { organization: orgId, user: userId });
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
  actorName?: string,
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
    const promoted = await tx.nativeUpdate(Membership, { id: target.id, role: 'admin' }, { role: 'owner' });
    // The admin was demoted or removed meanwhile: roll back, the organization keeps its owner.
    if (promoted === 0) throw memberNotFound();
    notify(tx, toUserId, 'ownership_transferred', {
      orgId,
      orgName: actor.org.name,
      actorName,
      role: 'owner',
    });
  });
}

/**
 * Owner/admin changes another member's role between admin and member. The owner's role is never
 * changed here (ownership is transferred): the update skips the owner's row even under a race.
 */
export async function updateMemberRole(
  em: EntityManager,
  actor: MembershipWithOrg,
  input: { userId: string; role: 'admin' | 'member' },
  actorName?: string,
): Promise<MemberDto> {
  assertCan(actor.role, 'member.manage');
  const orgId = actor.org.id;
  return em.transactional(async (tx) => {
    const target = await tx.findOne(
      Membership,
      { organization: orgId, user: input.userId },
      { populate: ['user'] },
    );
    if (!target) throw memberNotFound();
    if (target.role === 'owner') {
      throw new DomainError(
        'OWNER_ROLE_IS_TRANSFERRED',
        "The owner's role cannot be changed. Transfer ownership to another admin instead.",
      );
    }
    if (target.role !== input.role) {
      const changed = await tx.nativeUpdate(
        Membership,
        { id: target.id, role: { $ne: 'owner' } },
        { role: input.role },
      );
      if (changed === 0)
        throw new DomainError('MEMBER_ROLE_UNCHANGEABLE', 'This member just became the owner.');
      notify(tx, input.userId, 'role_changed', {
        orgId,
        orgName: actor.org.name,
        actorName,
        role: input.role,
      });
    }
    const user = target.user.getEntity();
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: input.role,
      joinedAt: target.createdAt.toISOString(),
    };
  });
}
