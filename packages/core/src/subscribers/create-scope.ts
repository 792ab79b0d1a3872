import type { EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import type { OrgMembership } from '../organizations/access.js';
import {
  makeScope,
  type AccountScope,
  type Actor,
  type RequestClient,
  type Scope,
  type ScopeOrg,
} from '../scope.js';
import { eventWriter } from './writer.js';

interface Base {
  em: EntityManager;
  jobs: JobQueue;
  now?: Date;
  /** The request's IP and user agent (API), kept in audit records. */
  client?: RequestClient;
}

/** A scope in an organization, for any actor (a member, an API key, Roster itself). */
export function createScope(base: Base & { org: ScopeOrg; actor: Actor }): Scope {
  return makeScope<Scope>({ ...base, now: base.now ?? new Date() }, eventWriter);
}

/** A scope outside any organization: accounts, a person's own invitations and notifications. */
export function createAccountScope(base: Base & { actor: AccountScope['actor'] }): AccountScope {
  return makeScope<AccountScope>({ ...base, org: null, now: base.now ?? new Date() }, eventWriter);
}

/** A signed-in person's scope in an organization they belong to (the transports' one way in). */
export function memberScope(
  base: Base,
  user: { id: string; name: string; email: string; emailVerified: boolean },
  membership: OrgMembership,
): Scope {
  const { id, name, email, emailVerified } = user;
  return createScope({
    ...base,
    org: membership.org,
    actor: { type: 'member', id, name, email, emailVerified, role: membership.role },
  });
}

/** Roster itself acting in an organization (worker jobs, operator commands). */
export function systemScope(base: Base & { org: ScopeOrg }, id: 'worker' | 'operator' = 'worker'): Scope {
  return createScope({ ...base, actor: { type: 'system', id, name: 'Roster' } });
}
