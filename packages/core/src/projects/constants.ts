export const projectRoles = ['manager', 'contributor', 'viewer'] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const projectVisibilities = ['members', 'organization'] as const;
export type ProjectVisibility = (typeof projectVisibilities)[number];

export const projectRoleLabels: Record<ProjectRole, string> = {
  manager: 'Manager',
  contributor: 'Contributor',
  viewer: 'Viewer',
};

export const projectVisibilityLabels: Record<ProjectVisibility, string> = {
  members: 'Project members only',
  organization: 'Everyone in the organization',
};

/** The project every organization gets: its organization-wide content space. */
export const libraryProject = {
  name: 'Library',
  description: 'The organization-wide content space.',
  visibility: 'organization',
} as const;
