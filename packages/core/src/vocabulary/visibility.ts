/** Who sees a project: its members only, or everyone in the organization. */
export const projectVisibilities = ['members', 'organization'] as const;
export type ProjectVisibility = (typeof projectVisibilities)[number];

export const projectVisibilityLabels: Record<ProjectVisibility, string> = {
  members: 'Project members only',
  organization: 'Everyone in the organization',
};
