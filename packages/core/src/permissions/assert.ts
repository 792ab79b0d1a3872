import { DomainError } from '../errors.js';
import type { Scope } from '../scope.js';
import { can, type OrgPermission } from './table.js';

/**
 * Refuses what the scope's actor may not do in its organization: a member by the role table,
 * Roster itself (worker, operator) anything, an API key no organization permission.
 */
export function assertCan(scope: Scope, permission: OrgPermission): void {
  const { actor } = scope;
  if (actor.type === 'system') return;
  const role = actor.type === 'member' ? actor.role : null;
  if (!can(role, permission)) {
    const message = role ? `Your role (${role}) does not allow this.` : 'An API key cannot do this.';
    throw new DomainError('PERMISSION_DENIED', message, { permission });
  }
}
