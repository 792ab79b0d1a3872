import { waitPhrase } from '@roster/core/browser';

/** "Too many attempts. Try again in 15 minutes." (or without the wait, when the API gave none). */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  return retryAfterSeconds === null
    ? 'Too many attempts. Wait a little, then try again.'
    : `Too many attempts. Try again in ${waitPhrase(retryAfterSeconds)}.`;
}
