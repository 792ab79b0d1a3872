import { DomainError } from '../errors.js';
import type { OrgRole } from '../vocabulary/roles.js';
import type { Scope } from '../scope.js';
import { can, type OrgPermission } from './table.js';

/**
 * Refuses what the scope's actor may not do in its organization, by the role table (members) —
 * Roster itself (worker, operator) may do anything; API keys get no organization permission.
 * A bare role is accepted too, for code that checks someone other than the actor.
 */
export function assertCan(scope: Scope | OrgRole, permission: OrgPermission): void {
  if (typeof scope !== 'string' && scope.actor.type === 'system') return;
  const role = typeof scope === 'string' ? scope : scope.actor.type === 'member' ? scope.actor.role : null;
  if (!can(role, permission)) {
    const message = role ? `Your role (${role}) does not allow this.` : 'An API key cannot do this.';
    throw new DomainError('PERMISSION_DENIED', message, { permission });
  }
}
