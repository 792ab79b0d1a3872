import { DomainError } from '../errors.js';
import type { OrgRole } from '../vocabulary/roles.js';
import { can, type OrgPermission } from './table.js';

export function assertCan(role: OrgRole, permission: OrgPermission): void {
  if (!can(role, permission)) {
    throw new DomainError('PERMISSION_DENIED', `Your role (${role}) does not allow this.`, { permission });
  }
}
