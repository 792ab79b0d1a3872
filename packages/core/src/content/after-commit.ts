import type { Scope } from '../scope.js';

/**
 * After a delete commits: have the worker remove the bytes now. If Redis does not take the job,
 * nothing is lost: the blobs stay 'deleting' and the worker's `content.sweep` purges them.
 */
export async function enqueuePurge(scope: Scope): Promise<void> {
  await scope.jobs.enqueue('content.purge', { orgId: scope.org.id }).catch(() => undefined);
}
