/** How many organizations a user may own unless an operator sets their own limit. */
export const defaultOwnedOrgLimit = 3;

export const untitledOrganizationName = 'Untitled Organization';

/** The project every organization gets: its organization-wide content space. */
export const libraryProject = {
  name: 'Library',
  description: 'The organization-wide content space.',
  visibility: 'organization',
} as const;
