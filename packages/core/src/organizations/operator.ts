import { Organization, User, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { Plan } from '../vocabulary/plans.js';

/** Operator command (billing is out of scope): set an organization's plan. */
export async function setOrganizationPlan(
  em: EntityManager,
  orgId: string,
  plan: Plan,
): Promise<Organization> {
  const org = await em.findOne(Organization, orgId);
  if (!org) throw new DomainError('ORG_NOT_FOUND', `No organization has the id ${orgId}.`);
  org.plan = plan;
  await em.flush();
  return org;
}

/** Operator command: how many organizations a user may own (null: back to the default). */
export async function setOwnedOrgLimit(
  em: EntityManager,
  email: string,
  limit: number | null,
): Promise<User> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() });
  if (!user) throw new DomainError('USER_NOT_FOUND', `No account has the email ${email}.`);
  user.ownedOrgLimit = limit;
  await em.flush();
  return user;
}
