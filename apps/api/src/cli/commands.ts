import {
  createAccountScope,
  loadOrganization,
  orgIdSchema,
  planSchema,
  setOrganizationPlan,
  setOwnedOrgLimit,
  systemScope,
  type JobQueue,
} from '@roster/core';
import type { EntityManager } from '@roster/db';

/** What a command runs on: the database, and the queue that hands recorded events to the worker. */
export interface CommandDeps {
  em: EntityManager;
  jobs: JobQueue;
}

const operator = { type: 'system', id: 'operator', name: 'Roster' } as const;

export const usage = `Roster operator commands

  pnpm roster set-plan <orgId> <free|team|enterprise>
      Set an organization's plan (free: 5 seats, 1 GiB of storage, files up to 100 MiB;
      team: 50, 1 TiB, 5 GiB; enterprise: unlimited, unlimited, 50 GiB).

  pnpm roster set-owned-org-limit <email> <number|default>
      Set how many organizations a user may own (default: 3).`;

/**
 * Runs one operator command in a system scope (the operator acting); returns the line to print, or
 * throws with a message for people.
 */
export async function runCommand(deps: CommandDeps, args: string[]): Promise<string> {
  const [command, target, value] = args;
  if (command === 'set-plan' && target && value) {
    const plan = planSchema.safeParse(value);
    if (!plan.success) throw new Error(`Unknown plan "${value}": use free, team or enterprise.`);
    if (!orgIdSchema.safeParse(target).success) throw new Error(`"${target}" is not an organization id.`);
    const scope = systemScope({ ...deps, org: await loadOrganization(deps.em, target) }, 'operator');
    const org = await setOrganizationPlan(scope, { plan: plan.data });
    return `${org.name} (${org.id}) is now on the ${org.plan} plan.`;
  }
  if (command === 'set-owned-org-limit' && target && value) {
    const limit = value === 'default' ? null : Number(value);
    if (limit !== null && (!Number.isInteger(limit) || limit < 0 || limit > 10_000)) {
      throw new Error(`"${value}" is not a limit: use a whole number from 0 to 10000, or "default".`);
    }
    const scope = createAccountScope({ ...deps, actor: operator });
    const user = await setOwnedOrgLimit(scope, { email: target, limit });
    return `${user.email} may now own ${limit ?? 'the default number of'} organization(s).`;
  }
  throw new Error(usage);
}
