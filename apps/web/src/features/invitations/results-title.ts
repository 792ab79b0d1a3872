import type { InviteOutcome } from '@roster/core/browser';

const invitations = (count: number) => `${count} ${count === 1 ? 'invitation' : 'invitations'}`;

/** The results dialog's title: "3 invitations sent", "2 of 3 invitations sent", "No invitations sent". */
export function resultsTitle(results: { status: InviteOutcome }[]): string {
  const sent = results.filter((r) => r.status === 'invited').length;
  if (sent === 0) return 'No invitations sent';
  if (sent === results.length) return `${invitations(sent)} sent`;
  return `${sent} of ${invitations(results.length)} sent`;
}

/** What "Invite more" keeps in the form: the addresses that were not invited but could be. */
export function retryableEmails(results: { email: string; status: InviteOutcome }[]): string {
  return results
    .filter((r) => r.status === 'invalid_email' || r.status === 'seat_limit')
    .map((r) => r.email)
    .join('\n');
}
