import { waitPhrase } from '@roster/core/browser';
import type { ApiError } from '../../lib/api-error';

/** "at 14:32": the clock time `seconds` from `now`, in the person's locale. */
const clockAt = (now: number, seconds: number) =>
  new Date(now + seconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * What a refused resend says: when it can be sent again (a resend waits a minute after the last
 * email; an organization sends a limited number of invitation emails per hour), or the API's sentence.
 */
export function resendRefusalMessage(error: ApiError, email: string, now = Date.now()): string {
  const wait = error.retryAfterSeconds;
  if (wait === null) return error.message;
  const when = `in ${waitPhrase(wait)} (at ${clockAt(now, wait)})`;
  if (error.reason === 'RESEND_TOO_SOON') return `${email} was just sent a link. You can resend it ${when}.`;
  if (error.reason === 'INVITATION_EMAIL_LIMIT') {
    return `This organization has sent as many invitation emails as its plan allows for now. You can resend ${when}.`;
  }
  return error.message;
}
