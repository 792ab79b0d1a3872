import { describe, expect, it } from 'vitest';
import { isOverridden, limitValueLabel, planLimitPhrase } from './limit-format';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const free = {
  seats: 5,
  storageBytes: GiB,
  largestFileBytes: 100 * MiB,
  apiCallsPerMonth: 10_000,
  bandwidthOutPerMonth: 10 * GiB,
  requestsPerMinute: 60,
};

describe('limits on the plan card', () => {
  it('reads sizes in human units, counts with separators, null as unlimited', () => {
    expect(limitValueLabel('storageBytes', GiB)).toBe('1 GB');
    expect(limitValueLabel('bandwidthOutPerMonth', 10 * GiB)).toBe('10 GB');
    expect(limitValueLabel('apiCallsPerMonth', 1_000_000)).toBe('1,000,000');
    expect(limitValueLabel('seats', null)).toBe('Unlimited');
  });

  it('says what each plan allows', () => {
    expect(planLimitPhrase('seats', 1)).toBe('1 seat');
    expect(planLimitPhrase('seats', null)).toBe('Unlimited seats');
    expect(planLimitPhrase('largestFileBytes', 5 * GiB)).toBe('Files up to 5 GB');
    expect(planLimitPhrase('apiCallsPerMonth', 10_000)).toBe('10,000 API calls a month');
    expect(planLimitPhrase('bandwidthOutPerMonth', null)).toBe('Unlimited bandwidth out');
    expect(planLimitPhrase('requestsPerMinute', 6000)).toBe('6,000 requests a minute per key');
  });

  it('tells the operator’s limits from the plan’s', () => {
    expect(isOverridden('free', free, 'seats')).toBe(false);
    expect(isOverridden('free', { ...free, seats: 8 }, 'seats')).toBe(true);
    expect(isOverridden('free', { ...free, storageBytes: null }, 'storageBytes')).toBe(true);
  });
});
