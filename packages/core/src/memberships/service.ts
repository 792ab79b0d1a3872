import { Membership, ProjectMember } from '@roster/db';
import { DomainError } from '../errors.js';
import { toOrgDto, type OrgDto } from '../organizations/dto.js';
import { memberActor } from '../organizations/member-actor.js';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import { lockUser } from '../users/lock.js';
import type { LeftOrgDto, MemberDto } from './dto.js';
import { ensureUserHasOrganization } from './invariants.js';
import type { UpdateMemberRoleInput } from './schemas.js';

function memberNotFound(): DomainError {
  return new DomainError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.');
}

/** Owner/admin removes another member. The owner can never be removed. */
export async function removeMember(scope: Scope, input: { userId: string }): Promise<void> {
  assertCan(scope, 'member.manage');
  const { userId } = input;
  if (scope.actor.type === 'member' && userId === scope.actor.id) {
    throw new DomainError('INVALID_INPUT', 'To remove yourself, leave the organization instead.', {
      field: 'userId',
    });
  }
  const orgId = scope.org.id;
  await transact(scope, async (tx) => {
    await lockUser(tx.em, userId);
    const target = await tx.em.findOne(Membership, { organization: orgId, user: userId });
    if (!target) throw memberNotFound();
    if (target.role === 'owner') {
      throw new DomainError(
        'OWNER_CANNOT_BE_REMOVED',
        'The owner cannot be removed. Transfer ownership first.',
      );
    }
    // The role condition holds even if the member became the owner since it was read.
    const removed = await tx.em.nativeDelete(Membership, { id: target.id, role: { $ne: 'owner' } });
    if (removed === 0) throw memberNotFound();
    await tx.em.nativeDelete(ProjectMember, { organization: orgId, user: userId });
    await tx.record('member.removed', { userId });
    await tx.em.flush();
    await ensureUserHasOrganization(tx, userId);
  });
}

/** Leaving: admins only ("remove yourself"); the owner must transfer ownership first. */
export async function leaveOrganization(scope: Scope): Promise<LeftOrgDto> {
  const actor = memberActor(scope);
  if (actor.role === 'owner') {
    throw new DomainError(
      'OWNER_CANNOT_LEAVE',
      'The owner cannot leave the organization. Transfer ownership first.',
    );
  }
  assertCan(scope, 'member.leave');
  const userId = actor.id;
  const orgId = scope.org.id;
  return transact(scope, async (tx) => {
    await lockUser(tx.em, userId);
    const deleted = await tx.em.nativeDelete(Membership, {
      organization: orgId,
      user: userId,
      role: { $ne: 'owner' },
    });
    if (deleted === 0) throw memberNotFound();
    await tx.em.nativeDelete(ProjectMember, { organization: orgId, user: userId });
    await tx.record('member.left', { userId });
    return { nextOrgId: await ensureUserHasOrganization(tx, userId) };
  });
}

/**
 * Owner hands the organization to another member (admin or member: a member is promoted straight to
 * owner); the old owner stays as an admin. Both rows change in one transaction, and the partial
 * unique index guarantees there is never a second owner. Answers with the organization as the
 * former owner, now an admin, sees it.
 */
export async function transferOwnership(scope: Scope, input: { userId: string }): Promise<OrgDto> {
  assertCan(scope, 'org.transferOwnership');
  const orgId = scope.org.id;
  const toUserId = input.userId;
  await transact(scope, async (tx) => {
    const target = await tx.em.findOne(Membership, { organization: orgId, user: toUserId });
    if (!target) throw memberNotFound();
    if (target.role === 'owner') {
      throw new DomainError('INVALID_INPUT', 'This person already owns the organization.', {
        field: 'userId',
      });
    }
    // A member hands over what they own; Roster itself (an operator) the current owner's.
    const fromUserId =
      scope.actor.type === 'member'
        ? scope.actor.id
        : (await tx.em.findOneOrFail(Membership, { organization: orgId, role: 'owner' })).user.id;
    const demoted = await tx.em.nativeUpdate(
      Membership,
      { organization: orgId, user: fromUserId, role: 'owner' },
      { role: 'admin' },
    );
    if (demoted === 0) throw new DomainError('PERMISSION_DENIED', 'Only the owner can transfer ownership.');
    const promoted = await tx.em.nativeUpdate(
      Membership,
      { id: target.id, role: { $ne: 'owner' } },
      { role: 'owner' },
    );
    // The member was removed meanwhile: roll back, the organization keeps its owner.
    if (promoted === 0) throw memberNotFound();
    await tx.record('ownership.transferred', { fromUserId, toUserId });
  });
  return toOrgDto(scope.em, scope.org, 'admin');
}

/**
 * Owner/admin changes another member's role between admin and member. The owner's role is never
 * changed here (ownership is transferred): the update skips the owner's row even under a race.
 */
export async function updateMemberRole(scope: Scope, input: UpdateMemberRoleInput): Promise<MemberDto> {
  assertCan(scope, 'member.manage');
  const orgId = scope.org.id;
  return transact(scope, async (tx) => {
    const target = await tx.em.findOne(
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
    const previousRole = target.role;
    if (previousRole !== input.role) {
      const changed = await tx.em.nativeUpdate(
        Membership,
        { id: target.id, role: { $ne: 'owner' } },
        { role: input.role },
      );
      if (changed === 0)
        throw new DomainError('MEMBER_ROLE_UNCHANGEABLE', 'This member just became the owner.');
      await tx.record('member.role_changed', {
        userId: input.userId,
        role: input.role,
        previousRole,
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
