import type { InvitationExpiry } from '../organizations/constants.js';

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
