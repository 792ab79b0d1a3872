import { DomainError } from '../errors.js';
import type { MemberActor, Scope } from '../scope.js';

/**
 * The person acting in the scope, for what only a member does (leaving, seeing the organization
 * with their role). Roster itself and API keys are refused.
 */
export function memberActor(scope: Scope): MemberActor {
  if (scope.actor.type !== 'member')
    throw new DomainError('PERMISSION_DENIED', 'Only a member of the organization can do this.');
  return scope.actor;
}
