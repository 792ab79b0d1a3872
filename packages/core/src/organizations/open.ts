import { User } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import type { OpenedOrgDto } from './dto.js';
import { memberActor } from './member-actor.js';

/**
 * `org.open`: the member opened (or switched to) the organization, so it becomes the one reopened
 * after sign-in. Written only when it changes; opening the same organization again writes nothing.
 */
export async function openOrganization(scope: Scope): Promise<OpenedOrgDto> {
  assertCan(scope, 'org.read');
  const { id: userId } = memberActor(scope);
  const orgId = scope.org.id;
  const user = await scope.em.findOne(User, userId, { fields: ['lastOrgId'] });
  if (user && user.lastOrgId !== orgId)
    await scope.em.nativeUpdate(User, { id: userId }, { lastOrgId: orgId });
  return { orgId };
}
