// What an API key may do (PRODUCT.md §3, §6): content:write acts as a manager and content:read as a
// viewer of the key's projects (all when it is not limited), never in archived ones; usage:read
// reads usage; nothing else of the organization.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { orgPermissions, type OrgPermission } from '../permissions/table.js';
import { roleInProject } from '../projects/load.js';
import type { ApiKeyActor, Scope } from '../scope.js';
import type { ApiKeyScope } from '../vocabulary/api-key-scopes.js';

const key = (scopes: ApiKeyScope[], projectIds: string[] | null = null): ApiKeyActor => ({
  type: 'apiKey',
  id: 'k',
  name: 'CI',
  scopes,
  projectIds,
});
const project = (id: string, archived = false) => ({
  id,
  visibility: 'members' as const,
  archivedAt: archived ? new Date() : null,
});

describe('an API key in projects', () => {
  it.each([
    [['content:read'], 'viewer'],
    [['content:write'], 'manager'],
    [['content:read', 'content:write'], 'manager'],
    [['usage:read'], null],
    [['usage:read', 'content:read'], 'viewer'],
  ] as const)('%j → %s in every project when not limited', (scopes, role) => {
    expect(roleInProject(key([...scopes]), undefined, project('p1'))).toBe(role);
    expect(roleInProject(key([...scopes]), 'manager', project('p2'))).toBe(role);
  });

  it('sees only its projects when limited, and never an archived one', () => {
    const limited = key(['content:write'], ['p1']);
    expect(roleInProject(limited, undefined, project('p1'))).toBe('manager');
    expect(roleInProject(limited, undefined, project('p2'))).toBeNull();
    expect(roleInProject(limited, undefined, project('p1', true))).toBeNull();
    expect(roleInProject(key(['content:write']), undefined, project('p3', true))).toBeNull();
    expect(roleInProject(key(['content:read'], []), undefined, project('p1'))).toBeNull();
  });
});

describe('an API key in the organization', () => {
  const scopeOf = (actor: ApiKeyActor) => ({ actor }) as Scope;
  const permissions = Object.keys(orgPermissions) as OrgPermission[];

  it('reads usage with usage:read only', () => {
    expect(() => assertCan(scopeOf(key(['usage:read'])), 'usage.read')).not.toThrow();
    expect(() => assertCan(scopeOf(key(['content:read', 'content:write'])), 'usage.read')).toThrow(
      DomainError,
    );
  });

  it.each(permissions.filter((p) => p !== 'usage.read'))(
    'may never %s, whatever its scopes',
    (permission) => {
      expect(() =>
        assertCan(scopeOf(key(['content:read', 'content:write', 'usage:read'])), permission),
      ).toThrow(expect.objectContaining({ reason: 'PERMISSION_DENIED' }));
    },
  );
});
