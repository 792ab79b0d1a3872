import type { OrgRole } from '../vocabulary/roles.js';

/**
 * The organization role → permission table of PRODUCT.md §3, in one place. The API enforces it
 * with assertCan(); the web app reads it through can() to hide what a role cannot do.
 */
export const orgPermissions = {
  'org.read': ['owner', 'admin', 'member'],
  'org.update': ['owner', 'admin'],
  'invitation.manage': ['owner', 'admin'],
  'member.manage': ['owner', 'admin'],
  'member.leave': ['admin'],
  'usage.read': ['owner', 'admin'],
  'stats.read': ['owner', 'admin'],
  'audit.read': ['owner', 'admin'],
  'apiKey.manage': ['owner', 'admin'],
  'plugin.manage': ['owner', 'admin'],
  'project.manage': ['owner', 'admin'],
  'org.transferOwnership': ['owner'],
} as const satisfies Record<string, readonly OrgRole[]>;

export type OrgPermission = keyof typeof orgPermissions;

export function can(role: OrgRole | null | undefined, permission: OrgPermission): boolean {
  if (!role) return false;
  return (orgPermissions[permission] as readonly OrgRole[]).includes(role);
}
