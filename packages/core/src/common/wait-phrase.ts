const minute = 60;
const hour = 60 * minute;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * "45 seconds", "15 minutes", "2 hours": a retry-after in words, wherever one is shown (the API's
 * messages and the web app). Rounded up, so that someone who waits that long is never refused again.
 */
export function waitPhrase(seconds: number): string {
  const wait = Math.max(1, Math.ceil(seconds));
  if (wait < minute) return plural(wait, 'second');
  const minutes = Math.ceil(wait / minute);
  if (minutes < 60) return plural(minutes, 'minute');
  return plural(Math.ceil(wait / hour), 'hour');
}
