import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assetsPath, freshOrg, patternStream, send, setOrg, startApi, type Api } from './upload-fixtures.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/**
 * The bound on the API's RSS growth while 1 GiB streams through it. The pipeline holds at most a
 * few high-water marks (socket reads of 64 KiB, 16 KiB stream buffers, the file write queue), well
 * under 1 MiB; what moves RSS is V8 and the allocator: every socket read is a fresh 64 KiB Buffer,
 * freed by the next young-generation GC (16–32 MiB semi-spaces) and returned to the OS lazily. 64 MiB
 * is that slack with room to spare, and 1/16 of the upload: a body buffered whole would blow it.
 * Measured: ~31–39 MiB, the same for 256 MiB as for 1 GiB, all of it within the first half.
 */
const rssBound = 64 * MiB;

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

it('streams a 1 GiB upload with flat memory and stores the exact bytes', { timeout: 600_000 }, async () => {
  const org = await freshOrg(api, 'Big Files Co');
  await setOrg(api, org.orgId, { plan: 'team' });
  // Warm up: the route, the database, the storage driver loaded and used once.
  const warm = await send(api, 'POST', assetsPath(org.projectId, { name: 'warm.bin' }), {
    cookie: org.cookie,
    body: patternStream(4 * MiB).stream,
    headers: { 'content-length': 4 * MiB },
  });
  expect(warm.status).toBe(201);

  // The API runs in this process (the client too: it re-sends one 256 KiB chunk).
  const baseline = process.memoryUsage().rss;
  const { stream, sha256, sent } = patternStream(GiB);
  // The peak over the first half and over the second: flat means the rest adds nothing.
  const peaks = { early: baseline, late: baseline };
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (sent() < GiB / 2) peaks.early = Math.max(peaks.early, rss);
    else peaks.late = Math.max(peaks.late, rss);
  }, 50);
  const res = await send(api, 'POST', assetsPath(org.projectId, { name: 'one-gib.bin' }), {
    cookie: org.cookie,
    body: stream,
    headers: { 'content-type': 'application/octet-stream', 'content-length': GiB },
  }).finally(() => clearInterval(sampler));
  peaks.late = Math.max(peaks.late, process.memoryUsage().rss);
  const peak = Math.max(peaks.early, peaks.late);
  const growth = peak - baseline;
  console.info(
    `RSS during a 1 GiB upload: baseline ${(baseline / MiB).toFixed(1)} MiB, peak ${(peak / MiB).toFixed(1)} MiB, growth ${(growth / MiB).toFixed(1)} MiB (first 512 MiB: +${((peaks.early - baseline) / MiB).toFixed(1)} MiB, the last 512 MiB: +${((peaks.late - baseline) / MiB).toFixed(1)} MiB)`,
  );

  expect(res.status).toBe(201);
  expect(res.json()).toMatchObject({ size: GiB, sha256 });
  expect(growth).toBeLessThanOrEqual(rssBound);
  // And that slack is reached early: the last 512 MiB do not add to it (a leak per chunk would).
  expect(peaks.late - peaks.early).toBeLessThanOrEqual(8 * MiB);

  // The stored object itself, read back: the same SHA-256.
  const { Blob, forkEm } = await import('@roster/db');
  const blob = await forkEm(api.h.db.orm).findOneOrFail(Blob, { organization: org.orgId, size: GiB });
  const hash = createHash('sha256');
  for await (const chunk of await api.h.deps.storage.get(blob.key)) hash.update(chunk as Buffer);
  expect(hash.digest('hex')).toBe(sha256);
  await api.h.deps.storage.delete(blob.key);
});
