import { Organization, User, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { transact, type AccountScope, type Scope, type ScopeOrg } from '../scope.js';
import { limitNames, orgLimits, planLimits, type LimitName } from '../vocabulary/limits.js';
import type { Plan } from '../vocabulary/plans.js';
import { isLimitValue, parseLimitOverrides, toScopeOrg } from './limits.js';
import { lockOrganization } from './lock.js';

/** The organization an operator command acts in, for its system scope. */
export async function loadOrganization(em: EntityManager, orgId: string): Promise<ScopeOrg> {
  const org = await em.findOne(Organization, orgId);
  if (!org) throw new DomainError('ORG_NOT_FOUND', `No organization has the id ${orgId}.`);
  return toScopeOrg(org);
}

/** Operator command (billing is out of scope): set the scope's organization's plan. */
export async function setOrganizationPlan(
  scope: Scope,
  input: { plan: Plan },
): Promise<{ id: string; name: string; plan: Plan }> {
  const { id, name, plan: previousPlan } = scope.org;
  await transact(scope, async (tx) => {
    const changed = await tx.em.nativeUpdate(
      Organization,
      { id, plan: { $ne: input.plan } },
      { plan: input.plan },
    );
    if (changed > 0) await tx.record('organization.plan_changed', { plan: input.plan, previousPlan });
  });
  return { id, name, plan: input.plan };
}

/** What the operator sets a limit to: a number, null (unlimited), or 'default' (the plan's again). */
export type LimitSetting = number | null | 'default';

/** One limit of an organization after `setOrganizationLimit`: its value now, and the plan's. */
export interface OrgLimitChange {
  id: string;
  name: string;
  plan: Plan;
  limit: LimitName;
  /** The effective limit now (null: unlimited). */
  value: number | null;
  /** Whether it is the operator's override (false: the plan's). */
  overridden: boolean;
  planValue: number | null;
}

/**
 * Operator command: override one of the organization's limits, or give it back to its plan
 * ('default'). Like a plan change, a limit may go below what is in use: nothing is removed, the
 * organization just cannot grow until it is under the limit again. The organization is locked while
 * its overrides are read and written, so two commands at once both land.
 */
export async function setOrganizationLimit(
  scope: Scope,
  input: { limit: LimitName; value: LimitSetting },
): Promise<OrgLimitChange> {
  const { limit, value } = input;
  if (!limitNames.includes(limit)) {
    throw new DomainError('INVALID_INPUT', `Unknown limit "${String(limit)}": use ${limitNames.join(', ')}.`);
  }
  if (value !== 'default' && !isLimitValue(value)) {
    throw new DomainError(
      'INVALID_INPUT',
      `A limit is a whole number from 0, null (unlimited) or 'default'.`,
    );
  }
  const { id, name } = scope.org;
  return transact(scope, async (tx) => {
    await lockOrganization(tx.em, id);
    const org = await tx.em.findOneOrFail(Organization, id, {
      fields: ['plan', 'limits'],
      disableIdentityMap: true,
    });
    const overrides = parseLimitOverrides(org.limits);
    const previous = limit in overrides ? overrides[limit]! : 'default';
    if (value === 'default') delete overrides[limit];
    else overrides[limit] = value;
    if (previous !== value) {
      const stored = Object.keys(overrides).length > 0 ? overrides : null;
      await tx.em.nativeUpdate(Organization, { id }, { limits: stored });
      await tx.record('organization.limit_changed', { limit, value, previous });
    }
    return {
      id,
      name,
      plan: org.plan,
      limit,
      value: orgLimits(org.plan, overrides)[limit],
      overridden: value !== 'default',
      planValue: planLimits[org.plan][limit],
    };
  });
}

/** Operator command: how many organizations a user may own (null: back to the default). */
export async function setOwnedOrgLimit(
  scope: AccountScope,
  input: { email: string; limit: number | null },
): Promise<{ email: string; limit: number | null }> {
  return transact(scope, async (tx) => {
    const user = await tx.em.findOne(User, { email: input.email.trim().toLowerCase() });
    if (!user) throw new DomainError('USER_NOT_FOUND', `No account has the email ${input.email}.`);
    const previousLimit = user.ownedOrgLimit;
    if (previousLimit === input.limit) return { email: user.email, limit: input.limit };
    user.ownedOrgLimit = input.limit;
    await tx.record('user.owned_org_limit_changed', { userId: user.id, limit: input.limit, previousLimit });
    return { email: user.email, limit: input.limit };
  });
}
