import {
  createAccountScope,
  loadOrganization,
  setOrganizationPlan,
  setOwnedOrgLimit,
  systemScope,
  type Plan,
} from '@roster/core';
import { forkEm } from '@roster/db';
import type { Harness } from './harness.js';

const operator = { type: 'system', id: 'operator', name: 'Roster' } as const;

/** What `pnpm roster set-plan` does: the organization's plan, set by an operator. */
export async function setPlan(h: Harness, orgId: string, plan: Plan): Promise<void> {
  const em = forkEm(h.db.orm);
  const org = await loadOrganization(em, orgId);
  await setOrganizationPlan(systemScope({ em, jobs: h.deps.jobs, org }, 'operator'), { plan });
}

/** What `pnpm roster set-owned-org-limit` does (null: back to the default). */
export async function setOwnedOrgLimitOf(h: Harness, email: string, limit: number | null): Promise<void> {
  const scope = createAccountScope({ em: forkEm(h.db.orm), jobs: h.deps.jobs, actor: operator });
  await setOwnedOrgLimit(scope, { email, limit });
}
