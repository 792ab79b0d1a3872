import { describe, expect, it } from 'vitest';
import { planLimits } from '../vocabulary/limits.js';
import { effectiveLimits, parseLimitOverrides, toScopeOrg } from './limits.js';

describe('the operator’s limit overrides as stored', () => {
  it('reads an object (PostgreSQL, an entity) and its JSON text (SQLite raw rows) alike', () => {
    const stored = { seats: 12, storageBytes: null };
    expect(parseLimitOverrides(stored)).toEqual(stored);
    expect(parseLimitOverrides(JSON.stringify(stored))).toEqual(stored);
    expect(parseLimitOverrides(null)).toEqual({});
    expect(parseLimitOverrides(undefined)).toEqual({});
  });

  it('keeps only known limits with whole, non-negative values', () => {
    expect(
      parseLimitOverrides({
        seats: -1,
        storageBytes: 1.5,
        largestFileBytes: '10',
        members: 3,
        requestsPerMinute: 0,
      }),
    ).toEqual({ requestsPerMinute: 0 });
    expect(parseLimitOverrides('not json')).toEqual({});
    expect(parseLimitOverrides('[1, 2]')).toEqual({});
    expect(parseLimitOverrides(42)).toEqual({});
  });

  it('applies them over the plan’s: null is unlimited, absent is the plan’s', () => {
    expect(effectiveLimits('team', '{"seats":null,"apiCallsPerMonth":5}')).toEqual({
      ...planLimits.team,
      seats: null,
      apiCallsPerMonth: 5,
    });
    const org = { id: 'o', name: 'Acme', plan: 'free' as const, invitationExpiry: '7d' as const };
    expect(toScopeOrg({ ...org, limits: null })).toEqual({ ...org, limits: planLimits.free });
  });
});
