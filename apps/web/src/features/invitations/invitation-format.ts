import {
  inviteOutcomeLabels,
  inviteOutcomes,
  type EmailStatus,
  type InvitationStatus,
  type InviteOutcome,
} from '@roster/core/browser';
import type { ChipTone } from '../../components/ui/chip';
import { formatRelative } from '../../lib/dates';

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
  declined: 'Declined',
};

export const invitationStatusTones: Record<InvitationStatus, ChipTone> = {
  pending: 'indigo',
  accepted: 'emerald',
  expired: 'amber',
  revoked: 'zinc',
  declined: 'red',
};

export const emailStatusLabels: Record<EmailStatus, string> = {
  queued: 'Email queued',
  sent: 'Email sent',
  failed: 'Email failed',
};

export const emailStatusTones: Record<EmailStatus, ChipTone> = {
  queued: 'zinc',
  sent: 'emerald',
  failed: 'red',
};

export const inviteOutcomeTones: Record<InviteOutcome, ChipTone> = {
  invited: 'emerald',
  already_member: 'zinc',
  already_invited: 'indigo',
  invalid_email: 'red',
  seat_limit: 'amber',
};

/** "Expires in 6 days", "Expired 2 days ago" or "Never expires". */
export function expiryLabel(expiresAt: string | null, now: number = Date.now()): string {
  if (expiresAt === null) return 'Never expires';
  const relative = formatRelative(expiresAt, now);
  return Date.parse(expiresAt) > now ? `Expires ${relative}` : `Expired ${relative}`;
}

/** "1 email", "3 emails", "3 emails · 1 not valid". */
export function emailCountLabel(count: number, invalid = 0): string {
  const label = `${count} ${count === 1 ? 'email' : 'emails'}`;
  return invalid > 0 ? `${label} · ${invalid} not valid` : label;
}

/** "Invited: 2 · Already a member: 1": how many emails had each outcome, in a fixed order. */
export function outcomeSummary(results: { status: InviteOutcome }[]): string {
  return inviteOutcomes
    .map((outcome) => [outcome, results.filter((r) => r.status === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${inviteOutcomeLabels[outcome]}: ${count}`)
    .join(' · ');
}
