import { Event, Organization, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, usage } from '../src/cli/commands.js';
import { formatLimit, parseLimitSetting } from '../src/cli/limit-value.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const deps = () => ({ em: forkEm(h.db.orm), jobs: h.deps.jobs });
const GiB = 1024 ** 3;

/** The organization's limit changes, as a set: two commands may share a millisecond. */
async function limitEvents(orgId: string) {
  const events = await forkEm(h.db.orm).find(Event, {
    name: 'organization.limit_changed',
    organizationId: orgId,
  });
  return new Set(events.map((e) => ({ actor: `${e.actorType}:${e.actorId}`, ...e.payload })));
}

describe('pnpm roster set-limit', () => {
  it('overrides one limit, records the change once, and gives it back to the plan with default', async () => {
    const { caller, orgId } = await h.signUp({ companyName: 'Limits Co' });
    expect(await runCommand(deps(), ['set-limit', orgId, 'storageBytes', '10GiB'])).toBe(
      `Limits Co (${orgId}): storageBytes is now 10 GiB (the free plan's: 1 GiB).`,
    );
    expect(await runCommand(deps(), ['set-limit', orgId, 'seats', '12'])).toBe(
      `Limits Co (${orgId}): seats is now 12 (the free plan's: 5).`,
    );
    const org = await caller.org.get({ orgId });
    expect(org.seats.limit).toBe(12);
    expect(org.storage.limit).toBe(10 * GiB);
    expect(org.limits).toMatchObject({ seats: 12, storageBytes: 10 * GiB, apiCallsPerMonth: 10_000 });
    expect((await forkEm(h.db.orm).findOneOrFail(Organization, orgId)).limits).toEqual({
      storageBytes: 10 * GiB,
      seats: 12,
    });

    // The same value again changes nothing, so records nothing.
    await runCommand(deps(), ['set-limit', orgId, 'seats', '12']);
    expect(await runCommand(deps(), ['set-limit', orgId, 'seats', 'default'])).toBe(
      `Limits Co (${orgId}): seats is back to the free plan's 5.`,
    );
    expect((await caller.org.get({ orgId })).seats.limit).toBe(5);
    expect(await limitEvents(orgId)).toEqual(
      new Set([
        { actor: 'system:operator', limit: 'storageBytes', value: 10 * GiB, previous: 'default' },
        { actor: 'system:operator', limit: 'seats', value: 12, previous: 'default' },
        { actor: 'system:operator', limit: 'seats', value: 'default', previous: 12 },
      ]),
    );
    // The last override removed leaves the column empty again.
    await runCommand(deps(), ['set-limit', orgId, 'storageBytes', 'default']);
    expect((await forkEm(h.db.orm).findOneOrFail(Organization, orgId)).limits).toBeNull();
  });

  it('sets a limit to unlimited, and an override outlives a plan change', async () => {
    const { caller, orgId } = await h.signUp({ companyName: 'Busy Co' });
    expect(await runCommand(deps(), ['set-limit', orgId, 'apiCallsPerMonth', 'unlimited'])).toBe(
      `Busy Co (${orgId}): apiCallsPerMonth is now unlimited (the free plan's: 10,000).`,
    );
    await runCommand(deps(), ['set-limit', orgId, 'requestsPerMinute', '1_000']);
    await runCommand(deps(), ['set-plan', orgId, 'team']);
    expect((await caller.org.get({ orgId })).limits).toEqual({
      seats: 50,
      storageBytes: 1024 * GiB,
      largestFileBytes: 5 * GiB,
      apiCallsPerMonth: null,
      bandwidthOutPerMonth: 1024 * GiB,
      requestsPerMinute: 1000,
    });
    expect(await limitEvents(orgId)).toEqual(
      new Set([
        { actor: 'system:operator', limit: 'apiCallsPerMonth', value: null, previous: 'default' },
        { actor: 'system:operator', limit: 'requestsPerMinute', value: 1000, previous: 'default' },
      ]),
    );
  });

  it('lowers seats below the members there are, like a plan change: nobody is removed', async () => {
    const { caller, orgId } = await h.signUp();
    await runCommand(deps(), ['set-limit', orgId, 'seats', '0']);
    const org = await caller.org.get({ orgId });
    expect(org.seats).toEqual({ used: 1, limit: 0 });
    expect((await caller.org.list()).find((o) => o.id === orgId)?.seats).toEqual({ used: 1, limit: 0 });
  });

  it('explains bad names, values and organizations', async () => {
    const cli = deps();
    const orgId = crypto.randomUUID();
    await expect(runCommand(cli, ['set-limit', orgId, 'members', '5'])).rejects.toThrow(
      'Unknown limit "members": use seats, storageBytes, largestFileBytes, apiCallsPerMonth, bandwidthOutPerMonth, requestsPerMinute.',
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'seats', '-1'])).rejects.toThrow(
      '"-1" is not a value for seats: use a whole number, "unlimited" or "default".',
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'seats', '10GiB'])).rejects.toThrow(
      /not a value for seats/,
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'seats', '2.5'])).rejects.toThrow(
      /not a value for seats/,
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'storageBytes', '10GB'])).rejects.toThrow(
      '"10GB" is not a value for storageBytes: use a whole number, a size such as 500MiB, 10GiB or 1TiB, "unlimited" or "default".',
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'largestFileBytes', '1.0000001KiB'])).rejects.toThrow(
      /not a value for largestFileBytes/,
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'seats', '9'.repeat(20)])).rejects.toThrow(
      /not a value for seats/,
    );
    await expect(runCommand(cli, ['set-limit', 'acme', 'seats', '5'])).rejects.toThrow(
      '"acme" is not an organization id.',
    );
    await expect(runCommand(cli, ['set-limit', orgId, 'seats', '5'])).rejects.toThrow(/No organization/);
    await expect(runCommand(cli, ['set-limit', orgId, 'seats'])).rejects.toThrow(usage);
  });
});

describe('limit values', () => {
  it('reads sizes in binary units for byte limits', () => {
    expect(parseLimitSetting('storageBytes', '500MiB')).toBe(500 * 1024 ** 2);
    expect(parseLimitSetting('storageBytes', '1.5 GiB')).toBe(1.5 * GiB);
    expect(parseLimitSetting('bandwidthOutPerMonth', '1tib')).toBe(1024 * GiB);
    expect(parseLimitSetting('largestFileBytes', '64KiB')).toBe(65_536);
    expect(parseLimitSetting('largestFileBytes', '1024')).toBe(1024);
    expect(parseLimitSetting('seats', '0')).toBe(0);
    expect(parseLimitSetting('apiCallsPerMonth', '2_000_000')).toBe(2_000_000);
    expect(parseLimitSetting('requestsPerMinute', 'unlimited')).toBeNull();
    expect(parseLimitSetting('requestsPerMinute', 'default')).toBe('default');
  });

  it('writes them for people', () => {
    expect(formatLimit('storageBytes', 10 * GiB)).toBe('10 GiB');
    expect(formatLimit('storageBytes', 1.5 * GiB)).toBe('1,536 MiB');
    expect(formatLimit('largestFileBytes', 1000)).toBe('1,000 bytes');
    expect(formatLimit('apiCallsPerMonth', 1_000_000)).toBe('1,000,000');
    expect(formatLimit('seats', null)).toBe('unlimited');
  });
});
