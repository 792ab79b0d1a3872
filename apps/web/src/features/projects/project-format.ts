import {
  projectRoleLabels,
  type OrgRole,
  type ProjectRole,
  type ProjectVisibility,
} from '@roster/core/browser';
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
 * Where someone's project role comes from when it is above the role they were given, or null when
 * it is that role: owners and admins manage every project; a project open to the organization lets
 * every member contribute. "Added as Viewer; manages every project as an organization admin."
 */
export function effectiveRoleReason(member: {
  orgRole: OrgRole;
  role: ProjectRole;
  effectiveRole: ProjectRole;
}): string | null {
  if (member.effectiveRole === member.role) return null;
  const added = `Added as ${projectRoleLabels[member.role]}`;
  if (member.orgRole === 'owner' || member.orgRole === 'admin')
    return `${added}; manages every project as an organization ${member.orgRole}.`;
  return `${added}; contributes because the project is open to the whole organization.`;
}

/** A project that does not exist, is in another organization, is hidden from the user, or whose id is malformed. */
export function isProjectNotFound(error: unknown): boolean {
  const { code, fieldErrors } = readApiError(error);
  return code === 'NOT_FOUND' || (code === 'BAD_REQUEST' && 'projectId' in fieldErrors);
}
