export const orgRoles = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof orgRoles)[number];

export const plans = ['free', 'team', 'enterprise'] as const;
export type Plan = (typeof plans)[number];

/** Seats per plan (members + pending invitations); null = unlimited. */
export const planSeats: Record<Plan, number | null> = { free: 5, team: 50, enterprise: null };

export const invitationExpiries = ['1h', '24h', '7d', '30d', 'never'] as const;
export type InvitationExpiry = (typeof invitationExpiries)[number];

export const invitationExpiryLabels: Record<InvitationExpiry, string> = {
  '1h': '1 hour',
  '24h': '24 hours',
  '7d': '7 days',
  '30d': '30 days',
  never: 'Never',
};

/** How many organizations a user may own unless an operator sets their own limit. */
export const defaultOwnedOrgLimit = 3;

export const untitledOrganizationName = 'Untitled Organization';
