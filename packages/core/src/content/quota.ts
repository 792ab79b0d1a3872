import { Organization, type EntityManager } from '@roster/db';
import type { ScopeOrg } from '../scope.js';
import { planStorageBytes } from '../vocabulary/plans.js';

/**
 * Reserves `bytes` of the organization's storage if they fit in its plan: one conditional
 * statement, so concurrent reservations (PostgreSQL re-checks the condition on the row it waited
 * for; SQLite writes one at a time) never exceed the quota together. False: they do not fit.
 */
export async function reserveStorage(
  em: EntityManager,
  org: Pick<ScopeOrg, 'id' | 'plan'>,
  bytes: number,
): Promise<boolean> {
  const limit = planStorageBytes[org.plan];
  const result =
    limit === null
      ? await em.execute<{ affectedRows: number }>(
          'update organizations set storage_bytes = storage_bytes + ? where id = ?',
          [bytes, org.id],
          'run',
        )
      : await em.execute<{ affectedRows: number }>(
          'update organizations set storage_bytes = storage_bytes + ? where id = ? and storage_bytes + ? <= ?',
          [bytes, org.id, bytes, limit],
          'run',
        );
  return result.affectedRows > 0;
}

/** Gives back bytes of blobs that just left 'uploading'/'stored' (exactly once per blob: callers flip state conditionally). */
export async function releaseStorage(em: EntityManager, orgId: string, bytes: number): Promise<void> {
  if (bytes <= 0) return;
  await em.execute<{ affectedRows: number }>(
    'update organizations set storage_bytes = storage_bytes - ? where id = ?',
    [bytes, orgId],
    'run',
  );
}

/** The organization's storage in use now (reserved + stored). */
export async function storageUsed(em: EntityManager, orgId: string): Promise<number> {
  const org = await em.findOne(Organization, orgId, { fields: ['storageBytes'], disableIdentityMap: true });
  return org?.storageBytes ?? 0;
}
