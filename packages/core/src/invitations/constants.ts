/** The outcome of inviting one email (`invitation.create` answers one per email). */
export const inviteOutcomes = [
  'invited',
  'already_member',
  'already_invited',
  'invalid_email',
  'seat_limit',
] as const;
export type InviteOutcome = (typeof inviteOutcomes)[number];

export const inviteOutcomeLabels: Record<InviteOutcome, string> = {
  invited: 'Invited',
  already_member: 'Already a member',
  already_invited: 'Already invited',
  invalid_email: 'Not a valid email',
  seat_limit: 'No seat left',
};

export const maxEmailsPerInvite = 100;

/** Splits what was pasted into the invite field: emails separated by commas, spaces, semicolons or newlines. */
export function splitEmailList(text: string): string[] {
  return text.split(/[\s,;]+/).filter((part) => part.length > 0);
}
