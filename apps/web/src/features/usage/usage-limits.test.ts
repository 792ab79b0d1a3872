import { describe, expect, it } from 'vitest';
import { limitWarnings, summaryIsEmpty, type UsageSummary } from './usage-limits';

const GiB = 1024 ** 3;
const now = new Date('2026-11-20T10:00:00Z');

const summary = (over: Partial<UsageSummary> = {}): UsageSummary => ({
  from: '2026-11-01',
  to: '2026-11-30',
  updatedAt: null,
  apiCalls: { used: 0, limit: 10_000 },
  bandwidthIn: { used: 0 },
  bandwidthOut: { used: 0, limit: 10 * GiB },
  storage: { used: 0, peak: 0, limit: GiB },
  ...over,
});

describe('limit warnings', () => {
  it('says nothing under 80 % or without a limit', () => {
    expect(limitWarnings(summary({ apiCalls: { used: 7_999, limit: 10_000 } }), now)).toEqual([]);
    expect(limitWarnings(summary({ apiCalls: { used: 10 ** 9, limit: null } }), now)).toEqual([]);
  });

  it('warns from 80 % what the limit will do, and when it is reached what it does', () => {
    const warnings = limitWarnings(
      summary({
        apiCalls: { used: 8_500, limit: 10_000 },
        bandwidthOut: { used: 10 * GiB, limit: 10 * GiB },
        storage: { used: GiB, peak: GiB, limit: GiB },
      }),
      now,
    );
    expect(warnings.map((warning) => [warning.key, warning.state])).toEqual([
      ['apiCalls', 'near'],
      ['bandwidthOut', 'reached'],
      ['storage', 'reached'],
    ]);
    expect(warnings[0]?.message).toBe(
      'API calls: 85 % of this month’s limit used. At the limit, requests made with API keys are refused (429 USAGE_LIMIT_REACHED) until Dec 1, 2026, when the month’s counts restart. The web app keeps working.',
    );
    expect(warnings[1]?.message).toContain(
      'Bandwidth out: this month’s limit is reached, so requests made with API keys are refused',
    );
    expect(warnings[2]?.message).toContain('uploads are refused until files are deleted');
  });

  it('warns of storage near full', () => {
    const [warning] = limitWarnings(summary({ storage: { used: 0.9 * GiB, peak: GiB, limit: GiB } }), now);
    expect(warning?.message).toBe(
      'Storage: 90 % of the limit used. At the limit, uploads are refused until files are deleted or the limit is raised.',
    );
  });
});

describe('an organization with no usage yet', () => {
  it('has no call, byte or stored file this month', () => {
    expect(summaryIsEmpty(summary())).toBe(true);
    expect(summaryIsEmpty(summary({ storage: { used: 0, peak: 5, limit: GiB } }))).toBe(false);
    expect(summaryIsEmpty(summary({ bandwidthIn: { used: 1 } }))).toBe(false);
  });
});
