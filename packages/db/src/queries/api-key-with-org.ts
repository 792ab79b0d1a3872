import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { InvitationExpiry, OrgLimitOverrides, Plan } from '../entities/organization.entity.js';
import type { EntityManager } from '../orm.js';
import { toDate } from './dates.js';

export interface ApiKeyWithOrg {
  id: string;
  name: string;
  scopes: string[];
  /** The projects the key is limited to; null when it may reach every project (also future ones). */
  projectIds: string[] | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  org: {
    id: string;
    name: string;
    plan: Plan;
    invitationExpiry: InvitationExpiry;
    /** The operator's overrides (null: none). */
    limits: OrgLimitOverrides | null;
  };
}

/**
 * The API key whose secret hashes to `secretHash`, with its organization and its project ids, in
 * one statement: this runs for every request with a key that is not cached, so it reads plain rows
 * and aggregates the project ids in a subquery (one round trip, however many projects).
 */
export async function findApiKeyBySecretHash(
  em: EntityManager,
  secretHash: string,
): Promise<ApiKeyWithOrg | null> {
  const projectIds =
    em.config.get('driver') === PostgreSqlDriver
      ? `string_agg(cast(kp.project_id as text), ',')`
      : `group_concat(kp.project_id, ',')`;
  const [row] = await em.execute<Row[]>(
    `select k.id, k.name, k.scopes, k.all_projects, k.expires_at, k.revoked_at, k.last_used_at,
            o.id as org_id, o.name as org_name, o.plan, o.invitation_expiry, o.limits,
            (select ${projectIds} from api_key_projects kp where kp.api_key_id = k.id) as project_ids
       from api_keys k join organizations o on o.id = k.organization_id
      where k.secret_hash = ?`,
    [secretHash],
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    scopes: fromJson<string[]>(row.scopes) ?? [],
    projectIds: isTrue(row.all_projects) ? null : row.project_ids ? row.project_ids.split(',') : [],
    expiresAt: optionalDate(row.expires_at),
    revokedAt: optionalDate(row.revoked_at),
    lastUsedAt: optionalDate(row.last_used_at),
    org: {
      id: row.org_id,
      name: row.org_name,
      plan: row.plan,
      invitationExpiry: row.invitation_expiry,
      limits: fromJson<OrgLimitOverrides>(row.limits),
    },
  };
}

type RawDate = Date | number | string | null;

interface Row {
  id: string;
  name: string;
  /** JSON: parsed by the PostgreSQL driver (jsonb), text on SQLite. */
  scopes: string | string[];
  all_projects: boolean | number;
  expires_at: RawDate;
  revoked_at: RawDate;
  last_used_at: RawDate;
  org_id: string;
  org_name: string;
  plan: Plan;
  invitation_expiry: InvitationExpiry;
  limits: string | OrgLimitOverrides | null;
  project_ids: string | null;
}

function fromJson<T>(value: string | T | null): T | null {
  if (value === null) return null;
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

function isTrue(value: boolean | number): boolean {
  return value === true || Number(value) === 1;
}

function optionalDate(value: RawDate): Date | null {
  return value === null ? null : toDate(value);
}
