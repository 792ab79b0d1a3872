/** The delivery key of a user's welcome email: `welcome:<userId>`, one per user. */
const welcomePrefix = 'welcome:';

export const welcomeEmailKey = (userId: string) => `${welcomePrefix}${userId}`;

/** The user a welcome delivery key is for, or null when the key is not a welcome key. */
export function userIdOfWelcomeKey(key: string): string | null {
  return key.startsWith(welcomePrefix) ? key.slice(welcomePrefix.length) : null;
}

/** The delivery key of an invitation's email for its `send`-th link: one email per token. */
const invitationPrefix = 'invitation:';

export const invitationEmailKey = (invitationId: string, send: number) =>
  `${invitationPrefix}${invitationId}:${send}`;

/** The invitation and link number an invitation delivery key is for, or null. */
export function invitationOfKey(key: string): { invitationId: string; send: number } | null {
  if (!key.startsWith(invitationPrefix)) return null;
  const [invitationId, send] = key.slice(invitationPrefix.length).split(':');
  const number = Number(send);
  return invitationId && Number.isInteger(number) && number >= 1 ? { invitationId, send: number } : null;
}
