import type { OrgRole, ProjectRole, ProjectVisibility } from '@roster/core/browser';
import { readApiError } from '../../lib/api-error';

/** Short names for badges and the project page; `projectVisibilityLabels` are the long ones, for forms. */
export const visibilityShortLabels: Record<ProjectVisibility, string> = {
  members: 'Members only',
  organization: 'Whole organization',
};

/** What each visibility means, for the radio choices and the project page. */
export const visibilityDescriptions: Record<ProjectVisibility, string> = {
  members: 'Only people added to the project, plus owners and admins, can see it.',
  organization: 'Everyone in the organization can see it and contribute content.',
};

/** What each project role allows (PRODUCT.md §3), in the words of the person who has it. */
export const projectRoleDescriptions: Record<ProjectRole, string> = {
  manager: 'Can rename the project, manage its members and all of its content.',
  contributor: 'Can see, upload and organize content.',
  viewer: 'Can see and download content.',
};

/** "No members", "1 member", "4 members". */
export function memberCountLabel(count: number): string {
  if (count === 0) return 'No members';
  return `${count} ${count === 1 ? 'member' : 'members'}`;
}

/**
 * Why someone's effective role is above the role they were given, or null when it is not:
 * owners and admins manage every project; a project open to the organization lets everyone contribute.
 */
export function effectiveRoleReason(member: {
  orgRole: OrgRole;
  role: ProjectRole;
  effectiveRole: ProjectRole;
}): string | null {
  if (member.effectiveRole === member.role) return null;
  if (member.orgRole === 'owner') return 'Organization owner';
  if (member.orgRole === 'admin') return 'Organization admin';
  return 'Open to the organization';
}

/** A project that does not exist, is in another organization, is hidden from the user, or whose id is malformed. */
export function isProjectNotFound(error: unknown): boolean {
  const { code, fieldErrors } = readApiError(error);
  return code === 'NOT_FOUND' || (code === 'BAD_REQUEST' && 'projectId' in fieldErrors);
}
