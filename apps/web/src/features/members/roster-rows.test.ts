import { describe, expect, it } from 'vitest';
import type { Invitation, Member } from './members-queries';
import { rosterRows } from './roster-rows';

const member = (email: string): Member => ({
  userId: `id-${email}`,
  email,
  name: email.split('@')[0]!,
  role: 'member',
  joinedAt: '2025-03-01T00:00:00Z',
});

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

describe('rosterRows', () => {
  it('lists invitations not accepted first, then members', () => {
    const rows = rosterRows(
      [member('ann@x.example'), member('bob@x.example')],
      [
        invitation('cat@x.example', 'pending'),
        invitation('dan@x.example', 'accepted'),
        invitation('eve@x.example', 'revoked'),
      ],
      '',
    );
    expect(rows.map((r) => r.id)).toEqual([
      'invitation:inv-cat@x.example',
      'invitation:inv-eve@x.example',
      'member:id-ann@x.example',
      'member:id-bob@x.example',
    ]);
  });

  it('filters invitations by the search, ignoring case (members come filtered by the server)', () => {
    const rows = rosterRows(
      [member('ann@x.example')],
      [invitation('Cat@x.example', 'pending'), invitation('dan@x.example', 'expired')],
      ' CAT ',
    );
    expect(rows.map((r) => r.kind)).toEqual(['invitation', 'member']);
    expect(rows[0]).toMatchObject({ kind: 'invitation', invitation: { email: 'Cat@x.example' } });
  });
});
