import { describe, expect, it } from 'vitest';
import type { Invitation } from './members-queries';
import { filterInvitations, pendingCount } from './invitation-filter';
import { parseMembersSearch } from './members-search-params';

const invitation = (email: string, status: Invitation['status']): Invitation => ({
  id: `inv-${email}`,
  email,
  role: 'member',
  status,
  emailStatus: 'sent',
  expiresAt: null,
  createdAt: '2025-03-01T00:00:00Z',
  invitedBy: null,
  projects: [],
});

const all = [
  invitation('ann@x.example', 'pending'),
  invitation('Cat@x.example', 'pending'),
  invitation('dan@x.example', 'revoked'),
  invitation('eve@x.example', 'expired'),
  invitation('fay@x.example', 'accepted'),
];

describe('the Invitations tab', () => {
  it('counts only pending invitations (revoked, expired and answered ones hold no seat)', () => {
    expect(pendingCount(all)).toBe(2);
  });

  it('shows one status, or all, keeping the API’s order', () => {
    expect(filterInvitations(all, 'pending', '').map((i) => i.email)).toEqual([
      'ann@x.example',
      'Cat@x.example',
    ]);
    expect(filterInvitations(all, 'revoked', '').map((i) => i.email)).toEqual(['dan@x.example']);
    expect(filterInvitations(all, 'all', '')).toHaveLength(5);
  });

  it('searches emails ignoring case and spaces around the search', () => {
    expect(filterInvitations(all, 'pending', ' CAT ').map((i) => i.email)).toEqual(['Cat@x.example']);
    expect(filterInvitations(all, 'all', 'x.example')).toHaveLength(5);
  });
});

describe('the members page’s URL', () => {
  it('keeps known values and drops the rest (pending is the default status)', () => {
    expect(parseMembersSearch({ tab: 'invitations', status: 'expired', role: 'admin' })).toEqual({
      tab: 'invitations',
      status: 'expired',
      role: 'admin',
    });
    expect(parseMembersSearch({ tab: 'members', status: 'pending', role: 'boss' })).toEqual({});
    expect(parseMembersSearch({ status: 'all' })).toEqual({ status: 'all' });
  });
});
