import { describe, expect, it } from 'vitest';
import {
  activityLabel,
  countOf,
  formatExact,
  freshnessLabel,
  pastRelative,
  statsExportUrl,
  statsRefetchInterval,
} from './stats-format';

const now = Date.parse('2026-11-30T19:45:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('freshness', () => {
  it('says how long ago the figures were computed', () => {
    expect(freshnessLabel(ago(2 * 60_000), now)).toBe('Updated 2 minutes ago');
    expect(freshnessLabel(ago(10_000), now)).toBe('Updated just now');
    expect(freshnessLabel(ago(5 * 3_600_000), now)).toBe('Updated 5 hours ago');
  });

  it('is null before the first computation', () => {
    expect(freshnessLabel(null, now)).toBeNull();
  });

  it('never says “in 1 minute” when the browser’s clock is behind the server’s', () => {
    expect(pastRelative(new Date(now + 90_000).toISOString(), now)).toBe('just now');
  });
});

describe('labels', () => {
  it('says “Never” for no activity, and how long ago otherwise', () => {
    expect(activityLabel(null, now)).toBe('Never');
    expect(activityLabel(ago(86_400_000), now)).toBe('yesterday');
    expect(activityLabel(ago(3 * 86_400_000), now)).toBe('3 days ago');
  });

  it('counts with a noun', () => {
    expect(countOf(1, 'file')).toBe('1 file');
    expect(countOf(12_345, 'download')).toBe('12,345 downloads');
    expect(countOf(0, 'member')).toBe('0 members');
  });

  it('gives the exact moment for a title', () => {
    expect(formatExact('2026-11-30T19:45:00Z')).toMatch(/^Nov 30, 2026, \d{1,2}:\d{2}\s?[AP]M$/);
  });
});

describe('statsExportUrl', () => {
  it('links each tab’s CSV for the organization', () => {
    expect(statsExportUrl('overview', 'o1')).toBe('/v1/exports/overview.csv?orgId=o1');
    expect(statsExportUrl('users', 'a&b')).toBe('/v1/exports/users.csv?orgId=a%26b');
  });
});

describe('statsRefetchInterval', () => {
  it('asks every 3 seconds until the first computation, then every minute', () => {
    expect(statsRefetchInterval(undefined)).toBe(false);
    expect(statsRefetchInterval({ computedAt: null })).toBe(3_000);
    expect(statsRefetchInterval({ computedAt: ago(1000) })).toBe(60_000);
  });
});
