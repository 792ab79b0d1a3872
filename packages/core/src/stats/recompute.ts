import { dateParam, type EntityManager } from '@roster/db';
import { insertProjects, insertUsers, lockOrganization, upsertTotals } from './recompute-sql.js';

/** The Overview's "last 30 days": today (UTC) and the 29 days before it. */
export const statsActivityDays = 30;

export interface RecomputeResult {
  projects: number;
  users: number;
  computedAt: Date;
}

/** The first day (`YYYY-MM-DD`, UTC) of the 30 days that end with `now`'s. */
export function activitySince(now: Date): string {
  return new Date(now.getTime() - (statsActivityDays - 1) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Recomputes one organization's statistics (PRODUCT.md §8) in ONE transaction of set-based
 * statements, whatever its size: its `stats_projects` and `stats_users` rows are replaced by an
 * INSERT … SELECT each (grouped subqueries over project members, items, activity and sessions), and
 * its `stats_organizations` totals and `computedAt` are upserted from them. Archived projects are
 * included. Null when the organization no longer exists.
 */
export async function recomputeStats(
  em: EntityManager,
  orgId: string,
  now: Date = new Date(),
): Promise<RecomputeResult | null> {
  const at = dateParam(em, now);
  const since = activitySince(now);
  return em.fork().transactional(async (tx) => {
    const locked = await tx.execute<{ affectedRows: number }>(lockOrganization, [orgId], 'run');
    if (locked.affectedRows === 0) return null;
    await tx.execute('delete from stats_projects where organization_id = ?', [orgId], 'run');
    await tx.execute('delete from stats_users where organization_id = ?', [orgId], 'run');
    const projects = await tx.execute<{ affectedRows: number }>(
      insertProjects(tx),
      [at, orgId, orgId, since, since, orgId, orgId],
      'run',
    );
    const users = await tx.execute<{ affectedRows: number }>(
      insertUsers(tx),
      [at, orgId, orgId, orgId, orgId],
      'run',
    );
    await tx.execute(upsertTotals, [orgId, orgId, at, orgId], 'run');
    return { projects: projects.affectedRows, users: users.affectedRows, computedAt: now };
  });
}
