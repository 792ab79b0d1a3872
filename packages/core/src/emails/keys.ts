/** The delivery key of a user's welcome email: `welcome:<userId>`, one per user. */
const welcomePrefix = 'welcome:';

export const welcomeEmailKey = (userId: string) => `${welcomePrefix}${userId}`;

/** The user a welcome delivery key is for, or null when the key is not a welcome key. */
export function userIdOfWelcomeKey(key: string): string | null {
  return key.startsWith(welcomePrefix) ? key.slice(welcomePrefix.length) : null;
}
