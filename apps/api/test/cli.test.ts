import { Event, Organization, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/cli/commands.js';
import { createHarness, errorOf, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const deps = () => ({ em: forkEm(h.db.orm), jobs: h.deps.jobs });

describe('operator commands', () => {
  it('set-plan changes the plan and so the seat limit', async () => {
    const { caller, orgId } = await h.signUp({ companyName: 'Paying Co' });
    const line = await runCommand(deps(), ['set-plan', orgId, 'team']);
    expect(line).toBe(`Paying Co (${orgId}) is now on the team plan.`);
    expect((await caller.org.get({ orgId })).seats.limit).toBe(50);
    expect((await forkEm(h.db.orm).findOneOrFail(Organization, orgId)).plan).toBe('team');
    const event = await forkEm(h.db.orm).findOneOrFail(Event, {
      name: 'organization.plan_changed',
      organizationId: orgId,
    });
    expect(event).toMatchObject({
      actorType: 'system',
      actorId: 'operator',
      payload: { plan: 'team', previousPlan: 'free' },
    });
    // The same plan again changes nothing, so records nothing.
    await runCommand(deps(), ['set-plan', orgId, 'team']);
    expect(
      await forkEm(h.db.orm).count(Event, { name: 'organization.plan_changed', organizationId: orgId }),
    ).toBe(1);
  });

  it('set-owned-org-limit lets a user own more organizations', async () => {
    const { caller, email } = await h.signUp();
    await caller.org.create({ name: 'Two' });
    await caller.org.create({ name: 'Three' });
    await runCommand(deps(), ['set-owned-org-limit', email.toUpperCase(), '4']);
    await expect(caller.org.create({ name: 'Four' })).resolves.toMatchObject({ role: 'owner' });
    const user = await forkEm(h.db.orm).findOneOrFail(User, { email });
    const changes = await forkEm(h.db.orm).find(Event, { name: 'user.owned_org_limit_changed' });
    expect(changes.find((e) => e.payload.userId === user.id)).toMatchObject({
      organizationId: null,
      actorType: 'system',
      actorId: 'operator',
      payload: { userId: user.id, limit: 4, previousLimit: null },
    });
    await runCommand(deps(), ['set-owned-org-limit', email, 'default']);
    expect(await errorOf(caller.org.create({ name: 'Five' }))).toMatchObject({
      reason: 'OWNED_ORG_LIMIT_REACHED',
    });
  });

  it('explains bad arguments', async () => {
    const cli = deps();
    await expect(runCommand(cli, ['set-plan', crypto.randomUUID(), 'gold'])).rejects.toThrow(
      /Unknown plan "gold"/,
    );
    await expect(runCommand(cli, ['set-plan', crypto.randomUUID(), 'team'])).rejects.toThrow(
      /No organization/,
    );
    await expect(runCommand(cli, ['set-owned-org-limit', 'nobody@example.com', '2'])).rejects.toThrow(
      /No account/,
    );
    await expect(runCommand(cli, ['set-owned-org-limit', 'x@example.com', '-1'])).rejects.toThrow(
      /not a limit/,
    );
    await expect(runCommand(cli, ['bogus'])).rejects.toThrow(/Roster operator commands/);
  });
});
