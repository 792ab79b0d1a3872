import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatLongDay,
  formatMonth,
  formatShortDay,
  lastDays,
  nextMonthStart,
  utcDay,
} from './usage-dates';

describe('UTC day ranges', () => {
  it('ends on the UTC day, whatever the hour', () => {
    expect(utcDay(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
    expect(utcDay(new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
  });

  it('counts today in the last 30 or 90 days, across months and years', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    expect(lastDays(30, now)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(lastDays(90, now)).toEqual({ from: '2025-12-02', to: '2026-03-01' });
    expect(daysBetween(lastDays(30, now))).toHaveLength(30);
    expect(daysBetween(lastDays(90, now))).toHaveLength(90);
  });

  it('lists every day of a range, both ends included', () => {
    expect(daysBetween({ from: '2024-02-27', to: '2024-03-01' })).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(daysBetween({ from: '2026-05-01', to: '2026-05-01' })).toEqual(['2026-05-01']);
    expect(daysBetween({ from: '2026-05-02', to: '2026-05-01' })).toEqual([]);
  });

  it('knows when the month restarts, in December too', () => {
    expect(nextMonthStart(new Date('2026-11-30T23:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(nextMonthStart(new Date('2026-12-15T00:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('day labels', () => {
  it('read the UTC day, not the local one', () => {
    expect(formatShortDay('2026-11-03')).toBe('Nov 3');
    expect(formatLongDay('2026-11-03')).toBe('Nov 3, 2026');
    expect(formatMonth('2026-11-01')).toBe('November 2026');
  });
});
