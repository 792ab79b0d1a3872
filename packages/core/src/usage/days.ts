import { DomainError } from '../errors.js';
import { usageMaxDays } from './schemas.js';

const dayMs = 24 * 3600 * 1000;

/** `day` (YYYY-MM-DD) moved by `n` days, in UTC. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * dayMs).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The first and last day of the UTC month of `at`. */
export function monthOf(at: Date): { from: string; to: string } {
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** Refuses a period that ends before it starts or spans more than `usageMaxDays` days. */
export function assertPeriod(from: string, to: string): void {
  if (from > to) {
    throw new DomainError('INVALID_INPUT', 'The period must not end before it starts.', { field: 'to' });
  }
  if ((Date.parse(to) - Date.parse(from)) / dayMs + 1 > usageMaxDays) {
    throw new DomainError('INVALID_INPUT', `Choose a period of at most ${usageMaxDays} days.`, {
      field: 'from',
    });
  }
}
