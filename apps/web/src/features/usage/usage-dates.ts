/**
 * Usage is counted per UTC day (PRODUCT.md §7): the page asks for ranges of `YYYY-MM-DD` days and
 * labels them without the reader's time zone moving a count to the day before.
 */
const dayMs = 86_400_000;

/** The chart ranges the page offers. */
export const rangeDays = [30, 90] as const;
export type RangeDays = (typeof rangeDays)[number];

export interface DayRange {
  from: string;
  to: string;
}

/** `YYYY-MM-DD` of the UTC day `at` falls on. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The last `days` UTC days, today included: `{from: today − (days − 1), to: today}`. */
export function lastDays(days: number, now: Date): DayRange {
  return { from: utcDay(new Date(now.getTime() - (days - 1) * dayMs)), to: utcDay(now) };
}

/** Every day from `from` to `to`, both included. */
export function daysBetween({ from, to }: DayRange): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end; at += dayMs) {
    days.push(utcDay(new Date(at)));
  }
  return days;
}

/** The first moment of the UTC month after the one `at` is in: when the month's counts restart. */
export function nextMonthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Nov 3": an axis tick. */
export function formatShortDay(day: string): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}

/** "Nov 3, 2026": a tooltip's or a table row's day. */
export function formatLongDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "December 1, 2026" style for a moment, read in UTC (the month's end). */
export function formatUtcDate(at: Date): string {
  return longDay.format(at);
}

/** "November 2026": the month a summary covers (its `from` day). */
export function formatMonth(day: string): string {
  return monthName.format(new Date(`${day}T00:00:00Z`));
}
