import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Actor, Scope } from '../scope.js';
import { apiKeyScopes, type ApiKeyScope } from '../vocabulary/api-key-scopes.js';
import { assertCan } from './assert.js';
import { can, orgPermissions } from './table.js';

describe('the organization permission table (PRODUCT.md §3)', () => {
  it.each([
    ['org.read', true, true, true],
    ['org.update', true, true, false],
    ['invitation.manage', true, true, false],
    ['member.manage', true, true, false],
    ['member.leave', false, true, false],
    ['usage.read', true, true, false],
    ['stats.read', true, true, false],
    ['audit.read', true, true, false],
    ['apiKey.manage', true, true, false],
    ['plugin.manage', true, true, false],
    ['project.manage', true, true, false],
    ['org.transferOwnership', true, false, false],
  ] as const)('%s: owner %s, admin %s, member %s', (permission, owner, admin, member) => {
    expect([can('owner', permission), can('admin', permission), can('member', permission)]).toEqual([
      owner,
      admin,
      member,
    ]);
  });

  it('covers every permission it defines', () => {
    expect(Object.keys(orgPermissions)).toHaveLength(12);
  });

  it('grants nothing without a role', () => {
    expect(can(null, 'org.read')).toBe(false);
    expect(can(undefined, 'org.read')).toBe(false);
  });

  it('assertCan throws PERMISSION_DENIED for a role the table denies', () => {
    expect(() => assertCan(scopeOf(member('member')), 'org.update')).toThrow(DomainError);
    expect(() => assertCan(scopeOf(member('admin')), 'org.update')).not.toThrow();
  });

  it('assertCan lets Roster itself do anything, and an API key only usage.read with usage:read', () => {
    expect(() =>
      assertCan(scopeOf({ type: 'system', id: 'operator', name: 'Roster' }), 'org.transferOwnership'),
    ).not.toThrow();
    const key = (scopes: ApiKeyScope[]): Actor => ({
      type: 'apiKey',
      id: 'k',
      name: 'CI',
      scopes,
      projectIds: null,
    });
    expect(() => assertCan(scopeOf(key([...apiKeyScopes])), 'org.read')).toThrow(DomainError);
    expect(() => assertCan(scopeOf(key([...apiKeyScopes])), 'apiKey.manage')).toThrow(DomainError);
    expect(() => assertCan(scopeOf(key(['usage:read'])), 'usage.read')).not.toThrow();
    expect(() => assertCan(scopeOf(key(['content:read', 'content:write'])), 'usage.read')).toThrow(
      DomainError,
    );
  });
});

function member(role: 'owner' | 'admin' | 'member'): Actor {
  return { type: 'member', id: 'u', name: 'Dana', email: 'dana@example.com', emailVerified: true, role };
}

/** Only the actor matters to assertCan. */
function scopeOf(actor: Actor): Scope {
  return { actor } as Scope;
}
