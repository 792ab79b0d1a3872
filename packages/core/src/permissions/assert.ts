import { DomainError } from '../errors.js';
import type { Scope } from '../scope.js';
import type { ApiKeyScope } from '../vocabulary/api-key-scopes.js';
import { can, type OrgPermission } from './table.js';

/** The organization permissions an API key scope grants (content scopes act in projects only). */
const keyPermissions: Partial<Record<OrgPermission, ApiKeyScope>> = { 'usage.read': 'usage:read' };

/**
 * Refuses what the scope's actor may not do in its organization: a member by the role table,
 * Roster itself (worker, operator) anything, an API key only what its scopes grant (reading usage
 * with `usage:read`; its content scopes act through project roles, see roleInProject).
 */
export function assertCan(scope: Scope, permission: OrgPermission): void {
  const { actor } = scope;
  if (actor.type === 'system') return;
  if (actor.type === 'apiKey') {
    const scopeNeeded = keyPermissions[permission];
    if (scopeNeeded && actor.scopes.includes(scopeNeeded)) return;
    throw new DomainError('PERMISSION_DENIED', 'This API key cannot do this.', { permission });
  }
  if (!can(actor.role, permission)) {
    throw new DomainError('PERMISSION_DENIED', `Your role (${actor.role}) does not allow this.`, {
      permission,
    });
  }
}
