import { describe, expect, it } from 'vitest';
import { releaseStorage } from './quota.js';
import { em, scopeOf, seedWorld, upload, useContentDb } from './test-fixtures.js';
import { recordStorage } from '../usage/storage.js';

useContentDb();

async function storageDays(orgId: string) {
  const rows = await em().execute<{ day: string; peak_bytes: unknown; last_bytes: unknown }[]>(
    'select day, peak_bytes, last_bytes from usage_storage_daily where organization_id = ? order by day',
    [orgId],
  );
  return rows.map((r) => ({ day: r.day, peak: Number(r.peak_bytes), last: Number(r.last_bytes) }));
}

describe('storage usage by day', () => {
  it("records each day's peak and last bytes as reservations and releases change the organization's bytes", async () => {
    const world = await seedWorld();
    const day1 = new Date('2026-06-01T10:00:00.000Z');
    const day2 = new Date('2026-06-02T09:00:00.000Z');
    await upload(scopeOf(world, 'owner', day1), {
      projectId: world.projectId,
      name: 'a.txt',
      size: 300,
    });
    await upload(scopeOf(world, 'owner', day1), { projectId: world.projectId, name: 'b.txt', size: 200 });
    expect(await storageDays(world.org.id)).toEqual([{ day: '2026-06-01', peak: 500, last: 500 }]);
    // The next day only frees space: it still peaked at the bytes it began with.
    await releaseStorage(em(), world.org.id, 300, day2);
    expect(await storageDays(world.org.id)).toEqual([
      { day: '2026-06-01', peak: 500, last: 500 },
      { day: '2026-06-02', peak: 500, last: 200 },
    ]);
    await recordStorage(em(), world.org.id, day2);
    expect((await storageDays(world.org.id))[1]).toEqual({ day: '2026-06-02', peak: 500, last: 200 });
  });
});
