import { Plugin, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';

/** Organizations per query (far below SQLite's and PostgreSQL's parameter limits). */
const chunkSize = 500;

/** The organizations of `orgIds` that have a usage alert installed. */
export async function orgsWithUsageAlerts(em: EntityManager, orgIds: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (let i = 0; i < orgIds.length; i += chunkSize) {
    const plugins = await em.find(
      Plugin,
      { organization: { $in: orgIds.slice(i, i + chunkSize) }, kind: 'usage_alert' },
      { fields: ['organization'] },
    );
    for (const plugin of plugins) found.add(plugin.organization.id);
  }
  return [...found];
}

/**
 * Has the worker check the usage alerts of those of `orgIds` that have any (`usage.alerts`, one
 * job per organization): after a usage rollup counted their traffic, or a change of their storage
 * or limits. Answers the organizations it enqueued a check for.
 */
export async function enqueueUsageAlertChecks(
  em: EntityManager,
  jobs: JobQueue,
  orgIds: readonly string[],
): Promise<string[]> {
  const orgs = orgIds.length === 0 ? [] : await orgsWithUsageAlerts(em, orgIds);
  for (const orgId of orgs) await jobs.enqueue('usage.alerts', { orgId });
  return orgs;
}
