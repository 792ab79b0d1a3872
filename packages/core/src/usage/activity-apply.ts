import type { EntityManager } from '@roster/db';
import type { ActivityIncrement } from './batch.js';

/** Rows per upsert statement (8 parameters each: far below SQLite's and PostgreSQL's limits). */
const chunkSize = 500;

const head =
  'insert into activity_daily (organization_id, day, project_id, user_id, uploads, downloads, bytes_uploaded, bytes_downloaded) values ';
const tail =
  ' on conflict (organization_id, day, project_id, user_id) do update set' +
  ' uploads = activity_daily.uploads + excluded.uploads,' +
  ' downloads = activity_daily.downloads + excluded.downloads,' +
  ' bytes_uploaded = activity_daily.bytes_uploaded + excluded.bytes_uploaded,' +
  ' bytes_downloaded = activity_daily.bytes_downloaded + excluded.bytes_downloaded';

/**
 * Adds a batch's activity to `activity_daily` (statistics, PRODUCT.md §8), in the transaction that
 * applies the batch's usage (apply.ts): both count exactly once, together.
 */
export async function upsertActivity(em: EntityManager, rows: readonly ActivityIncrement[]): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    const part = rows.slice(i, i + chunkSize);
    const values = part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    const params = part.flatMap((r) => [
      r.orgId,
      r.day,
      r.projectId,
      r.userId,
      r.uploads,
      r.downloads,
      r.bytesUploaded,
      r.bytesDownloaded,
    ]);
    await em.execute(head + values + tail, params, 'run');
  }
}
