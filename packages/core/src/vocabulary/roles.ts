/** An organization member's role (PRODUCT.md §3). */
export const orgRoles = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof orgRoles)[number];

/** The roles an invitation or a role change can give: ownership passes only by transfer. */
export const invitableRoles = ['admin', 'member'] as const;
export type InvitableRole = (typeof invitableRoles)[number];

/** A project member's role (PRODUCT.md §3). */
export const projectRoles = ['manager', 'contributor', 'viewer'] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const projectRoleLabels: Record<ProjectRole, string> = {
  manager: 'Manager',
  contributor: 'Contributor',
  viewer: 'Viewer',
};
