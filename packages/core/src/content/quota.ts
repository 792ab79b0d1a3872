import { Organization, type EntityManager } from '@roster/db';
import type { ScopeOrg } from '../scope.js';
import { recordStorage } from '../usage/storage.js';

/**
 * Reserves `bytes` of the organization's storage if they fit in its limit (`org.limits`, the plan's
 * or the operator's): one conditional statement, so concurrent reservations (PostgreSQL re-checks
 * the condition on the row it waited for; SQLite writes one at a time) never exceed the quota
 * together. False: they do not fit. A reservation is recorded in the day's storage usage, in the
 * caller's transaction.
 */
export async function reserveStorage(
  em: EntityManager,
  org: Pick<ScopeOrg, 'id' | 'limits'>,
  bytes: number,
  now: Date = new Date(),
): Promise<boolean> {
  const limit = org.limits.storageBytes;
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
  if (result.affectedRows === 0) return false;
  await recordStorage(em, org.id, now);
  return true;
}

/**
 * Gives back bytes of blobs that just left 'uploading'/'stored' (exactly once per blob: callers
 * flip state conditionally), and records the day's storage usage in the caller's transaction.
 */
export async function releaseStorage(
  em: EntityManager,
  orgId: string,
  bytes: number,
  now: Date = new Date(),
): Promise<void> {
  if (bytes <= 0) return;
  await em.execute<{ affectedRows: number }>(
    'update organizations set storage_bytes = storage_bytes - ? where id = ?',
    [bytes, orgId],
    'run',
  );
  await recordStorage(em, orgId, now);
}

/** The organization's storage in use now (reserved + stored). */
export async function storageUsed(em: EntityManager, orgId: string): Promise<number> {
  const org = await em.findOne(Organization, orgId, { fields: ['storageBytes'], disableIdentityMap: true });
  return org?.storageBytes ?? 0;
}
