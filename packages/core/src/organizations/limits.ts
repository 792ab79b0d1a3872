import type { ScopeOrg } from '../scope.js';
import type { InvitationExpiry } from '../vocabulary/expiry.js';
import { limitNames, orgLimits, type LimitOverrides, type Limits } from '../vocabulary/limits.js';
import type { Plan } from '../vocabulary/plans.js';

/** Whether `value` can be a limit: a whole number of seats, bytes or calls, or null (unlimited). */
export function isLimitValue(value: unknown): value is number | null {
  return value === null || (Number.isSafeInteger(value) && (value as number) >= 0);
}

/**
 * The operator's overrides as stored in `organizations.limits`: an object (an entity, or a raw
 * PostgreSQL row), its JSON text (a raw SQLite row), or null. Only known limits with a valid value
 * are kept, so a hand-edited column never yields a limit the code does not understand.
 */
export function parseLimitOverrides(raw: unknown): LimitOverrides {
  let stored = raw;
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored) as unknown;
    } catch {
      return {};
    }
  }
  if (typeof stored !== 'object' || stored === null) return {};
  const overrides: LimitOverrides = {};
  for (const name of limitNames) {
    const value = (stored as Record<string, unknown>)[name];
    if (isLimitValue(value)) overrides[name] = value;
  }
  return overrides;
}

/** The organization's effective limits: its plan's, with the operator's overrides (stored form). */
export function effectiveLimits(plan: Plan, stored: unknown): Limits {
  return orgLimits(plan, parseLimitOverrides(stored));
}

/** An organization row as the queries that build scopes read it: `limits` as stored. */
export interface StoredOrg {
  id: string;
  name: string;
  plan: Plan;
  invitationExpiry: InvitationExpiry;
  limits: unknown;
}

/** The scope's organization from its stored row, with its effective limits. */
export function toScopeOrg({ id, name, plan, invitationExpiry, limits }: StoredOrg): ScopeOrg {
  return { id, name, plan, invitationExpiry, limits: effectiveLimits(plan, limits) };
}
