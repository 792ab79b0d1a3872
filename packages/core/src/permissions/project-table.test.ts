import { describe, expect, it } from 'vitest';
import { canInProject, effectiveProjectRole, projectPermissions } from './project-table.js';

describe('effective project role (PRODUCT.md §3)', () => {
  it.each([
    // org role, assigned, visibility → effective
    ['owner', null, 'members', 'manager'],
    ['owner', 'viewer', 'members', 'manager'],
    ['admin', null, 'members', 'manager'],
    ['admin', 'viewer', 'organization', 'manager'],
    ['member', null, 'members', null],
    ['member', 'viewer', 'members', 'viewer'],
    ['member', 'contributor', 'members', 'contributor'],
    ['member', 'manager', 'members', 'manager'],
    ['member', null, 'organization', 'contributor'],
    ['member', 'viewer', 'organization', 'contributor'],
    ['member', 'contributor', 'organization', 'contributor'],
    ['member', 'manager', 'organization', 'manager'],
  ] as const)('%s assigned %s on a %s project → %s', (orgRole, assigned, visibility, expected) => {
    expect(effectiveProjectRole(orgRole, assigned, visibility)).toBe(expected);
  });

  it('treats undefined like no assignment', () => {
    expect(effectiveProjectRole('member', undefined, 'members')).toBeNull();
  });
});

describe('the project permission table (PRODUCT.md §3)', () => {
  it.each([
    ['content.read', true, true, true],
    ['content.write', true, true, false],
    ['project.manage', true, false, false],
  ] as const)('%s: manager %s, contributor %s, viewer %s', (permission, manager, contributor, viewer) => {
    expect([
      canInProject('manager', permission),
      canInProject('contributor', permission),
      canInProject('viewer', permission),
    ]).toEqual([manager, contributor, viewer]);
  });

  it('covers every permission it defines', () => {
    expect(Object.keys(projectPermissions)).toHaveLength(3);
  });

  it('grants nothing without a role', () => {
    for (const permission of Object.keys(projectPermissions) as (keyof typeof projectPermissions)[]) {
      expect(canInProject(null, permission)).toBe(false);
      expect(canInProject(undefined, permission)).toBe(false);
    }
  });
});
