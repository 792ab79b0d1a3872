import { describe, expect, it } from 'vitest';
import {
  apiCallsLabel,
  apiKeyLabel,
  busiestDay,
  chartSummary,
  fillDays,
  formatCompactCount,
  hasUsage,
  leftLabel,
  limitShare,
  limitState,
  percentOf,
  projectLabel,
  totalOf,
  usageExportUrl,
  usedOfLabel,
  type UsageRow,
} from './usage-format';

const GiB = 1024 ** 3;

const row = (day: string | null, apiCalls: number, bandwidthOut = 0, bandwidthIn = 0): UsageRow => ({
  day,
  projectId: null,
  projectName: null,
  apiKeyId: null,
  apiKeyName: null,
  apiKeyPrefix: null,
  apiCalls,
  bandwidthIn,
  bandwidthOut,
});

describe('limits', () => {
  it('colours at 80 % and when reached; unlimited has no share', () => {
    expect(limitState(7_999, 10_000)).toBe('ok');
    expect(limitState(8_000, 10_000)).toBe('near');
    expect(limitState(10_000, 10_000)).toBe('reached');
    expect(limitState(12_000, 10_000)).toBe('reached');
    expect(limitState(12_000, null)).toBe('unlimited');
    expect(limitState(0, 0)).toBe('reached');
    expect(limitShare(25, 100)).toBe(0.25);
    expect(limitShare(250, 100)).toBe(1);
    expect(limitShare(5, null)).toBeNull();
  });

  it('says how much is used and left, in calls or bytes', () => {
    expect(usedOfLabel(1_234, 10_000, 'count')).toBe('1,234 of 10,000');
    expect(usedOfLabel(GiB / 2, 10 * GiB, 'bytes')).toBe('512 MB of 10 GB');
    expect(usedOfLabel(5, null, 'count')).toBe('5 of unlimited');
    expect(leftLabel(1_234, 10_000, 'count')).toBe('8,766 left');
    expect(leftLabel(GiB, GiB, 'bytes')).toBe('None left');
    expect(leftLabel(9, null, 'bytes')).toBe('Unlimited');
    expect(percentOf(9_999, 10_000)).toBe('99 %');
    expect(percentOf(3, 0)).toBe('100 %');
  });

  it('counts calls in words', () => {
    expect(apiCallsLabel(1)).toBe('1 API call');
    expect(apiCallsLabel(12_345)).toBe('12,345 API calls');
    expect(formatCompactCount(1_234_567)).toBe('1.2M');
    expect(formatCompactCount(40)).toBe('40');
  });
});

describe('daily rows', () => {
  const range = { from: '2026-11-01', to: '2026-11-04' };

  it('fills the days the API left out with zeros, in order', () => {
    const days = fillDays([row('2026-11-03', 7, 100), row('2026-11-01', 2)], range);
    expect(days.map((day) => [day.day, day.apiCalls, day.bandwidthOut])).toEqual([
      ['2026-11-01', 2, 0],
      ['2026-11-02', 0, 0],
      ['2026-11-03', 7, 100],
      ['2026-11-04', 0, 0],
    ]);
  });

  it('totals, finds the busiest day and tells it in a sentence', () => {
    const days = fillDays([row('2026-11-02', 5, 2048), row('2026-11-03', 5, 10)], range);
    expect(totalOf(days, 'apiCalls')).toBe(10);
    expect(busiestDay(days, 'apiCalls')?.day).toBe('2026-11-02');
    expect(busiestDay(days, 'bandwidthIn')).toBeNull();
    expect(
      chartSummary(days, 'apiCalls', { title: 'API calls per day', period: 'last 30 days', unit: 'count' }),
    ).toBe('API calls per day, last 30 days: 10 in total; the busiest day was Nov 2, 2026 with 5.');
    expect(
      chartSummary(days, 'bandwidthIn', { title: 'Bytes in', period: 'last 30 days', unit: 'bytes' }),
    ).toBe('Bytes in, last 30 days: 0 bytes in total.');
  });

  it('knows an organization with no usage yet', () => {
    expect(hasUsage(fillDays([], range))).toBe(false);
    expect(hasUsage([row(null, 0, 0, 1)])).toBe(true);
  });
});

describe('breakdown rows', () => {
  it('names usage outside projects and the web app’s own', () => {
    expect(projectLabel({ projectId: null, projectName: null })).toBe('No project');
    expect(projectLabel({ projectId: 'p', projectName: 'Brand kit' })).toBe('Brand kit');
    expect(projectLabel({ projectId: 'p', projectName: null })).toBe('Deleted project');
    expect(apiKeyLabel({ apiKeyId: null, apiKeyName: null })).toBe('Signed-in web app');
    expect(apiKeyLabel({ apiKeyId: 'k', apiKeyName: 'CI' })).toBe('CI');
  });
});

describe('CSV export link', () => {
  it('asks the API for the range, grouped as chosen', () => {
    expect(usageExportUrl({ orgId: 'o-1', from: '2026-11-01', to: '2026-11-30', groupBy: 'apiKey' })).toBe(
      '/v1/exports/usage.csv?orgId=o-1&from=2026-11-01&to=2026-11-30&groupBy=apiKey',
    );
  });
});
