import { describe, expect, it } from 'vitest';
import { effectiveRoleReason, isProjectNotFound, memberCountLabel } from './project-format';

function apiError(data: Record<string, unknown>) {
  return Object.assign(new Error('Failed.'), { data });
}

describe('memberCountLabel', () => {
  it('counts members in words', () => {
    expect(memberCountLabel(0)).toBe('No members');
    expect(memberCountLabel(1)).toBe('1 member');
    expect(memberCountLabel(12)).toBe('12 members');
  });
});

describe('effectiveRoleReason', () => {
  it('says nothing when the effective role is the assigned one', () => {
    expect(effectiveRoleReason({ orgRole: 'member', role: 'viewer', effectiveRole: 'viewer' })).toBeNull();
    expect(effectiveRoleReason({ orgRole: 'admin', role: 'manager', effectiveRole: 'manager' })).toBeNull();
  });

  it('names what raised it: the organization role, else the project being open to everyone', () => {
    expect(effectiveRoleReason({ orgRole: 'owner', role: 'viewer', effectiveRole: 'manager' })).toBe(
      'Added as Viewer; manages every project as an organization owner.',
    );
    expect(effectiveRoleReason({ orgRole: 'admin', role: 'contributor', effectiveRole: 'manager' })).toBe(
      'Added as Contributor; manages every project as an organization admin.',
    );
    expect(effectiveRoleReason({ orgRole: 'member', role: 'viewer', effectiveRole: 'contributor' })).toBe(
      'Added as Viewer; contributes because the project is open to the whole organization.',
    );
  });
});

describe('isProjectNotFound', () => {
  it('treats a missing or hidden project and a malformed id alike', () => {
    expect(isProjectNotFound(apiError({ code: 'NOT_FOUND', reason: 'PROJECT_NOT_FOUND' }))).toBe(true);
    expect(
      isProjectNotFound(
        apiError({ code: 'BAD_REQUEST', fieldErrors: { projectId: 'Not a valid project id.' } }),
      ),
    ).toBe(true);
  });

  it('leaves other failures to the error state', () => {
    expect(isProjectNotFound(apiError({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' }))).toBe(false);
    expect(isProjectNotFound(apiError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isProjectNotFound(new TypeError('Failed to fetch'))).toBe(false);
  });
});
