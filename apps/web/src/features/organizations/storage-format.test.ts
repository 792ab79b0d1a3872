import { describe, expect, it } from 'vitest';
import { storageLabel, storageLeftLabel, storageUsage } from './storage-format';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('storage used against the plan', () => {
  it('reads in human units, unlimited on enterprise', () => {
    expect(storageLabel({ used: 12 * MiB, limit: GiB })).toBe('12 MB of 1 GB');
    expect(storageLabel({ used: 0, limit: null })).toBe('0 bytes of unlimited');
    expect(storageLeftLabel({ used: 12 * MiB, limit: GiB })).toBe('1012 MB left');
    expect(storageLeftLabel({ used: GiB, limit: GiB })).toBe('No storage left');
    expect(storageLeftLabel({ used: 5, limit: null })).toBe('Unlimited storage');
  });

  it('measures how full it is, capped at full', () => {
    expect(storageUsage({ used: GiB / 4, limit: GiB })).toBe(0.25);
    expect(storageUsage({ used: 2 * GiB, limit: GiB })).toBe(1);
    expect(storageUsage({ used: 1, limit: 0 })).toBe(1);
    expect(storageUsage({ used: 1, limit: null })).toBeNull();
  });
});
