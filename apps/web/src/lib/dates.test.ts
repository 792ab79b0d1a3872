import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative } from './dates';

const now = Date.parse('2025-03-10T12:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('formatDate', () => {
  it('shows a medium date', () => {
    expect(formatDate('2025-03-03T12:00:00Z')).toBe('Mar 3, 2025');
  });
});

describe('formatRelative', () => {
  it('says how long ago or how soon, in the largest whole unit', () => {
    expect(formatRelative(at(6 * 86_400_000 + 5_000), now)).toBe('in 6 days');
    expect(formatRelative(at(-2 * 3_600_000), now)).toBe('2 hours ago');
    expect(formatRelative(at(-86_400_000), now)).toBe('yesterday');
    expect(formatRelative(at(-3 * 60_000), now)).toBe('3 minutes ago');
    expect(formatRelative(at(14 * 86_400_000), now)).toBe('in 14 days');
    expect(formatRelative(at(-20_000), now)).toBe('just now');
    expect(formatRelative(at(40 * 86_400_000), now)).toBe('next month');
  });
});
