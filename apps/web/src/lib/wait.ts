const minute = 60;
const hour = 60 * minute;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * "45 seconds", "15 minutes", "2 hours": how long to wait, in words. Rounded up, so that someone
 * who waits that long is never refused again.
 */
export function formatWait(seconds: number): string {
  const wait = Math.max(1, Math.ceil(seconds));
  if (wait < minute) return plural(wait, 'second');
  const minutes = Math.ceil(wait / minute);
  if (minutes < 60) return plural(minutes, 'minute');
  return plural(Math.ceil(wait / hour), 'hour');
}

/** "Too many attempts. Try again in 15 minutes." (or without the wait, when the API gave none). */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  return retryAfterSeconds === null
    ? 'Too many attempts. Wait a little, then try again.'
    : `Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`;
}
