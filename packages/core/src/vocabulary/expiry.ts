/** How long an organization's invitation links work (its setting). */
export const invitationExpiries = ['1h', '24h', '7d', '30d', 'never'] as const;
export type InvitationExpiry = (typeof invitationExpiries)[number];

export const invitationExpiryLabels: Record<InvitationExpiry, string> = {
  '1h': '1 hour',
  '24h': '24 hours',
  '7d': '7 days',
  '30d': '30 days',
  never: 'Never',
};

const expiryMs: Record<Exclude<InvitationExpiry, 'never'>, number> = {
  '1h': 3_600_000,
  '24h': 24 * 3_600_000,
  '7d': 7 * 24 * 3_600_000,
  '30d': 30 * 24 * 3_600_000,
};

/** When a link issued now expires under the organization's setting; null = never. */
export function expiresAtFor(setting: InvitationExpiry, now = new Date()): Date | null {
  return setting === 'never' ? null : new Date(now.getTime() + expiryMs[setting]);
}

export function isExpired(expiresAt: Date | null, now = new Date()): boolean {
  return expiresAt !== null && expiresAt.getTime() <= now.getTime();
}
