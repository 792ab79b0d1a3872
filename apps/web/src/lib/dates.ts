const locale = 'en-US';
const day = 86_400_000;
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "Mar 3, 2025". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * day],
  ['month', 30 * day],
  ['day', day],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "in 6 days", "2 hours ago", "yesterday", "just now": how far a moment is from now, in the largest
 * unit that fits, rounded (days up to a month: "in 7 days" says more than "next week").
 */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  for (const [unit, size] of units) {
    if (Math.abs(diff) >= size) return relativeFormat.format(Math.round(diff / size), unit);
  }
  return 'just now';
}
