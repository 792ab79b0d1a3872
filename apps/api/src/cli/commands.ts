import {
  createAccountScope,
  loadOrganization,
  orgIdSchema,
  planSchema,
  setOrganizationLimit,
  setOrganizationPlan,
  setOwnedOrgLimit,
  systemScope,
  type JobQueue,
} from '@roster/core';
import type { EntityManager } from '@roster/db';
import { formatLimit, parseLimitName, parseLimitSetting } from './limit-value.js';

/** What a command runs on: the database, and the queue that hands recorded events to the worker. */
export interface CommandDeps {
  em: EntityManager;
  jobs: JobQueue;
}

const operator = { type: 'system', id: 'operator', name: 'Roster' } as const;

export const usage = `Roster operator commands

  pnpm roster set-plan <orgId> <free|team|enterprise>
      Set an organization's plan (free: 5 seats, 1 GiB of storage, files up to 100 MiB;
      team: 50, 1 TiB, 5 GiB; enterprise: unlimited, unlimited, 50 GiB). Limits set with
      set-limit stay.

  pnpm roster set-limit <orgId> <limit> <number|unlimited|default>
      Override one limit of an organization; default gives it back to the plan's. Limits:
      seats, storageBytes, largestFileBytes, apiCallsPerMonth, bandwidthOutPerMonth,
      requestsPerMinute. Byte limits also take sizes: 500MiB, 10GiB, 1TiB (KiB, MiB, GiB, TiB).
      A limit below what is in use removes nothing; the organization just cannot grow.

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
  if (command === 'set-limit' && target && value) return setLimit(deps, target, value, args[3]);
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

/** `set-limit <orgId> <limit> <value>`: every argument checked before the organization is read. */
async function setLimit(deps: CommandDeps, orgId: string, name: string, text: string | undefined) {
  if (text === undefined) throw new Error(usage);
  const limit = parseLimitName(name);
  const value = parseLimitSetting(limit, text);
  if (!orgIdSchema.safeParse(orgId).success) throw new Error(`"${orgId}" is not an organization id.`);
  const scope = systemScope({ ...deps, org: await loadOrganization(deps.em, orgId) }, 'operator');
  const set = await setOrganizationLimit(scope, { limit, value });
  const planValue = formatLimit(limit, set.planValue);
  if (!set.overridden)
    return `${set.name} (${set.id}): ${limit} is back to the ${set.plan} plan's ${planValue}.`;
  return `${set.name} (${set.id}): ${limit} is now ${formatLimit(limit, set.value)} (the ${set.plan} plan's: ${planValue}).`;
}
