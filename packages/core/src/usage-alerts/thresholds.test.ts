import { describe, expect, it } from 'vitest';
import { orgLimits } from '../vocabulary/limits.js';
import { crossings } from './thresholds.js';

const usage = { apiCalls: 7_999, bandwidthOut: 10 * 1024 ** 3, storage: 0 };

describe('crossings', () => {
  it('finds the chosen metrics at or over the percentage, with the share used floored', () => {
    const free = orgLimits('free', {});
    expect(crossings(80, ['apiCalls', 'bandwidthOut', 'storage'], usage, free)).toEqual([
      { metric: 'bandwidthOut', used: 10 * 1024 ** 3, limit: 10 * 1024 ** 3, percent: 100 },
    ]);
    expect(crossings(79, ['apiCalls'], usage, free)).toEqual([
      { metric: 'apiCalls', used: 7_999, limit: 10_000, percent: 79 },
    ]);
    expect(crossings(80, ['storage'], usage, free)).toEqual([]);
  });

  it('never crosses an unlimited metric; a limit of 0 is reached at once', () => {
    expect(crossings(1, ['apiCalls', 'bandwidthOut'], usage, orgLimits('enterprise', {}))).toEqual([]);
    expect(crossings(100, ['storage'], usage, orgLimits('free', { storageBytes: 0 }))).toEqual([
      { metric: 'storage', used: 0, limit: 0, percent: 100 },
    ]);
  });
});
