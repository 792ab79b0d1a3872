import { Organization, User, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { transact, type AccountScope, type Scope, type ScopeOrg } from '../scope.js';
import type { Plan } from '../vocabulary/plans.js';

/** The organization an operator command acts in, for its system scope. */
export async function loadOrganization(em: EntityManager, orgId: string): Promise<ScopeOrg> {
  const org = await em.findOne(Organization, orgId);
  if (!org) throw new DomainError('ORG_NOT_FOUND', `No organization has the id ${orgId}.`);
  const { id, name, plan, invitationExpiry } = org;
  return { id, name, plan, invitationExpiry };
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
